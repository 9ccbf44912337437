package dev.bindery.registry.patterns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.discovery.EventSamples;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of the events discovery sampled for each discovered schema a pattern can match are matched by it
 * (event-ruler, as {@link PatternTester}); a WARNING when it matches none of them and the lint found no ERROR
 * (which already says it cannot match). Schemas of other registries have no samples and get no count.
 */
@Singleton
class SampledMatches {

    static final String KIND = "NO_SAMPLED_EVENT_MATCHES";

    private final EventSamples samples;
    private final ObjectMapper mapper;

    SampledMatches(EventSamples samples, ObjectMapper mapper) {
        this.samples = samples;
        this.mapper = mapper;
    }

    /** The report with the counts of its discovered matching schemas, and the warning when none matched. */
    LintReport add(EventPattern pattern, LintReport report) {
        List<String> discovered = report.matchingSchemas().stream()
                .filter(EventShape::discovered)
                .map(EventShape::schemaName)
                .toList();
        if (discovered.isEmpty() || samples.count() == 0) {
            return report;
        }
        Map<String, List<EventSamples.Sample>> bySchema = samples.recent(discovered);
        Map<String, LintReport.Sampled> counts = new LinkedHashMap<>();
        int sampled = 0;
        int matched = 0;
        for (String schemaName : discovered) {
            List<EventSamples.Sample> events = bySchema.getOrDefault(schemaName, List.of());
            int hits = 0;
            for (EventSamples.Sample event : events) {
                hits += matches(pattern, event) ? 1 : 0;
            }
            counts.put(schemaName, new LintReport.Sampled(events.size(), hits));
            sampled += events.size();
            matched += hits;
        }
        List<LintFinding> findings = new ArrayList<>(report.findings());
        if (sampled > 0 && matched == 0 && !report.hasErrors()) {
            findings.add(new LintFinding(
                    "",
                    KIND,
                    LintFinding.Severity.WARNING,
                    "The pattern matched none of the "
                            + sampled + " recent events sampled for "
                            + String.join(
                                    ", ",
                                    counts.keySet().stream()
                                            .filter(name -> counts.get(name).events() > 0)
                                            .toList())
                            + ": the schemas admit it, but the events sent lately do not.",
                    null));
        }
        return new LintReport(findings, report.matchingSchemas(), counts);
    }

    private boolean matches(EventPattern pattern, EventSamples.Sample event) {
        try {
            return pattern.matches(mapper.readTree(event.envelope()));
        } catch (JsonProcessingException e) { // stored from an accepted event, so JSON; count it as not matched
            return false;
        }
    }
}

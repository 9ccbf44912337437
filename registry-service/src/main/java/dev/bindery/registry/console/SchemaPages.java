package dev.bindery.registry.console;

import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.catalog.VersionSummary;
import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.DiffView;
import dev.bindery.registry.console.view.JsonView;
import dev.bindery.registry.console.view.LineDiff;
import dev.bindery.registry.console.view.SchemaView;
import dev.bindery.registry.console.view.StatisticsView;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.discovery.DiscoveryStatistics;
import dev.bindery.registry.discovery.EventSamples;
import dev.bindery.registry.discovery.inference.FieldStatistics;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.discovery.inference.StringFormat;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.rules.CompatibilityRules;
import dev.bindery.registry.rules.CompatibilityService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Assembles a schema's page and a diff's page from the catalog, rules and discovery services. */
@Singleton
final class SchemaPages {

    static final int VERSIONS_PER_PAGE = 100;
    /** The registry discovery writes to, the only one with statistics. */
    static final String DISCOVERED = "discovered-schemas";

    private final SchemaQueries reader;
    private final CompatibilityRules rules;
    private final CompatibilityService compatibility;
    private final DiscoveryStatistics statistics;
    private final EventSamples samples;
    private final ConsoleAccess access;

    SchemaPages(
            SchemaQueries reader,
            CompatibilityRules rules,
            CompatibilityService compatibility,
            DiscoveryStatistics statistics,
            EventSamples samples,
            ConsoleAccess access) {
        this.reader = reader;
        this.samples = samples;
        this.rules = rules;
        this.compatibility = compatibility;
        this.statistics = statistics;
        this.access = access;
    }

    SchemaView schema(
            ConsoleSession session, String registry, String schema, @Nullable Long version, @Nullable String next) {
        SchemaVersion shown = reader.describe(registry, schema, version);
        Page<VersionSummary> page = reader.listVersions(registry, schema, VERSIONS_PER_PAGE, next);
        List<VersionSummary> listed = page.items();
        Map<Long, Optional<Boolean>> verdicts = listed.isEmpty()
                ? Map.of()
                : compatibility.verdicts(
                        registry,
                        schema,
                        listed.get(listed.size() - 1).version(),
                        listed.get(0).version());
        List<SchemaView.VersionEntry> versions = listed.stream()
                .map(v -> new SchemaView.VersionEntry(
                        v.version(),
                        v.type().name(),
                        v.createdDate(),
                        v.description(),
                        Urls.version(registry, schema, v.version()),
                        v.version() == shown.version(),
                        verdict(verdicts.get(v.version()))))
                .toList();
        String older = page.nextToken() == null
                ? null
                : Urls.schema(registry, schema) + "?version=" + shown.version() + "&next="
                        + Urls.encode(page.nextToken());
        String pretty = JsonView.pretty(shown.content());
        SchemaView.Permissions may = new SchemaView.Permissions(
                access.allows(session, "UpdateSchema", registry, schema),
                access.allows(session, "DeleteSchemaVersion", registry, schema),
                access.allows(session, "PutSchemaCompatibility", registry, schema),
                access.allows(session, "GetCodeBindingSource", registry, schema));
        StatisticsView stats = access.allows(session, "GetDiscoveryStatistics", registry, schema)
                ? statistics(registry, schema)
                : null;
        return new SchemaView(
                registry,
                schema,
                shown.version(),
                shown.type().name(),
                shown.description(),
                shown.versionCreatedDate(),
                shown.lastModified(),
                versions,
                older,
                JsonView.highlight(pretty),
                JsonView.tree(shown.content()),
                Rules.view(rules.ofSchema(registry, schema)),
                judgement(registry, schema, shown.version()),
                stats,
                may);
    }

    DiffView diff(String registry, String schema, @Nullable String from, @Nullable String to) {
        CompatibilityService.VersionDiff diff =
                compatibility.diff(registry, schema, blankToNull(from), blankToNull(to));
        String left = JsonView.pretty(
                reader.describe(registry, schema, diff.fromVersion()).content());
        String right = JsonView.pretty(
                reader.describe(registry, schema, diff.toVersion()).content());
        List<Long> versions = new ArrayList<>();
        String token = null;
        do {
            Page<VersionSummary> page = reader.listVersions(registry, schema, 100, token);
            page.items().forEach(v -> versions.add(v.version()));
            token = page.nextToken();
        } while (token != null);
        return new DiffView(
                registry,
                schema,
                diff.fromVersion(),
                diff.toVersion(),
                versions,
                diff.policy().name(),
                LineDiff.of(left, right),
                diff.differences().stream()
                        .map(d -> Rules.finding(d.finding(), d.breaksBackward(), d.breaksForward()))
                        .toList());
    }

    private @Nullable SchemaView.Judgement judgement(String registry, String schema, long version) {
        try {
            CompatibilityService.Recorded recorded = compatibility.recorded(registry, schema, Long.toString(version));
            return new SchemaView.Judgement(
                    recorded.previousVersion(),
                    recorded.mode(),
                    recorded.policy(),
                    recorded.compatible(),
                    Rules.findings(recorded.findings()),
                    recorded.error());
        } catch (ApiException e) {
            if (e.code() == ErrorCode.NotFoundException) {
                return null; // a first version: nothing was compared
            }
            throw e;
        }
    }

    /** The statistics of a discovered schema that has no version yet, if discovery has any. */
    java.util.Optional<StatisticsView> discoveredOnly(String registry, String schema) {
        return java.util.Optional.ofNullable(statistics(registry, schema));
    }

    private @Nullable StatisticsView statistics(String registry, String schema) {
        if (!DISCOVERED.equals(registry)) {
            return null;
        }
        DiscoveryStatistics.Discovered discovered;
        try {
            discovered = statistics.of(registry, schema);
        } catch (ApiException e) {
            if (e.code() == ErrorCode.NotFoundException) {
                return null;
            }
            throw e;
        }
        ShapeSnapshot shape = discovered.shape();
        return new StatisticsView(
                shape.eventCount(),
                shape.firstSeen().orElse(null),
                shape.lastSeen().orElse(null),
                discovered.versionProblem().orElse(null),
                shape.fields().stream().map(SchemaPages::field).toList(),
                samples.recent(schema).stream()
                        .map(sample ->
                                new StatisticsView.SampleView(sample.observedAt(), JsonView.pretty(sample.envelope())))
                        .toList());
    }

    private static StatisticsView.FieldView field(FieldStatistics f) {
        int percent = f.parentObjectCount() == 0
                ? 0
                : (int) Math.min(100, Math.round(100.0 * f.presentCount() / f.parentObjectCount()));
        String types = f.typeCounts().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        String formats =
                f.stringFormats().stream().map(StringFormat::openApiName).collect(Collectors.joining(", "));
        return new StatisticsView.FieldView(
                f.path(),
                f.presentCount(),
                f.parentObjectCount(),
                percent,
                f.required(),
                types,
                formats,
                f.stringValues(),
                f.manyStringValues());
    }

    private static @Nullable String verdict(@Nullable Optional<Boolean> recorded) {
        if (recorded == null) {
            return null;
        }
        return recorded.map(compatible -> compatible ? "compatible" : "incompatible")
                .orElse("no verdict");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

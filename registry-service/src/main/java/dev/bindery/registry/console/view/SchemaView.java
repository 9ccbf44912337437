package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A schema's page at one version: the versions, the content as highlighted text and as a tree,
 * the rule and the judgement recorded with the version, the discovery statistics when the schema
 * was discovered, and what the caller may do.
 */
public record SchemaView(
        String registry,
        String schema,
        long version,
        String type,
        @Nullable String description,
        Instant created,
        Instant lastModified,
        List<VersionEntry> versions,
        @Nullable String olderVersionsHref,
        List<List<JsonView.Token>> lines,
        JsonView.Node tree,
        RuleView rule,
        @Nullable Judgement judgement,
        @Nullable StatisticsView statistics,
        Permissions may) {

    public SchemaView {
        versions = List.copyOf(versions);
        lines = List.copyOf(lines);
    }

    /**
     * A version in the list.
     *
     * @param verdict what was recorded when it was written: {@code compatible}, {@code incompatible},
     *                {@code no verdict}, or {@code null} for a first version
     */
    public record VersionEntry(
            long number,
            String type,
            Instant created,
            @Nullable String description,
            String href,
            boolean current,
            @Nullable String verdict) {

        public String verdictClass() {
            return "compatible".equals(verdict) ? "good" : "incompatible".equals(verdict) ? "bad" : "warn";
        }
    }

    /**
     * What was decided when the version was written.
     *
     * @param compatible {@code null} when the comparison could not be made ({@code error} says why)
     */
    public record Judgement(
            long previousVersion,
            String mode,
            String policy,
            @Nullable Boolean compatible,
            List<FindingView> findings,
            @Nullable String error) {

        public Judgement {
            findings = List.copyOf(findings);
        }
    }

    /** What the caller may do on this page. */
    public record Permissions(boolean upload, boolean deleteVersion, boolean setRule, boolean downloadBindings) {}

    public String href() {
        return Urls.schema(registry, schema);
    }

    /** The JSON Schema export in a dialect ({@code JSONSchemaDraft4} or {@code JSONSchemaDraft2020-12}). */
    public String exportHref(String type) {
        return Urls.export(registry, schema, version, type);
    }

    public String bindingHref(String language) {
        return Urls.binding(registry, schema, version, language);
    }

    /** The diff against the previous version, when there is one. */
    public @Nullable String diffHref() {
        return versions.stream()
                .map(VersionEntry::number)
                .filter(n -> n < version)
                .max(Long::compare)
                .map(previous -> Urls.diff(registry, schema, previous, version))
                .orElse(null);
    }

    public String deleteAction() {
        return Urls.schema(registry, schema) + "/versions/" + version + "/delete";
    }

    public String ruleAction() {
        return Urls.schema(registry, schema) + "/compatibility";
    }

    public String uploadHref() {
        return Urls.registry(registry) + "/upload?schema=" + Urls.encode(schema);
    }
}

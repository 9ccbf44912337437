package dev.bindery.registry.rules;

import dev.bindery.registry.patterns.RuleImpact;
import dev.bindery.registry.store.ContentRepository;
import dev.bindery.registry.store.ContentRow;
import dev.bindery.registry.store.SchemaVersionRepository;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The {@code RULE_BROKEN} findings of a new version (or candidate content): one per stored, enabled event rule that
 * the previous version let match and the new one does not (see {@link RuleImpact}). They break the schema's rule
 * whenever its mode is enforced, whatever the mode; under {@code NONE} they are listed, not breaking.
 */
@Singleton
class BrokenRules {

    static final String KIND = "RULE_BROKEN";

    private final RuleImpact impact;
    private final SchemaVersionRepository versions;
    private final ContentRepository contents;

    BrokenRules(RuleImpact impact, SchemaVersionRepository versions, ContentRepository contents) {
        this.impact = impact;
        this.versions = versions;
        this.contents = contents;
    }

    List<Finding> findings(
            String registryName,
            String schemaName,
            long schemaId,
            long previousVersion,
            String newContent,
            boolean breaking) {
        String previousContent = versions.findBySchemaIdAndVersion(schemaId, previousVersion)
                .flatMap(row -> contents.findById(row.contentHash()))
                .map(ContentRow::content)
                .orElse(null);
        if (previousContent == null) {
            return List.of();
        }
        return impact.brokenBy(registryName, schemaName, previousVersion, previousContent, newContent).stream()
                .map(broken ->
                        new Finding(Long.toString(previousVersion), "", KIND, "NARROWS", broken.describe(), breaking))
                .toList();
    }

    /** The content a version row points at. */
    String content(String contentHash) {
        return contents.findById(contentHash).map(ContentRow::content).orElse("{}");
    }
}

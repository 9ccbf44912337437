package dev.bindery.registry.rules;

import dev.bindery.registry.compat.VersionedSchema;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.store.ContentRepository;
import dev.bindery.registry.store.ContentRow;
import dev.bindery.registry.store.SchemaVersionRepository;
import dev.bindery.registry.store.SchemaVersionRow;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The versions a candidate is checked against, in the JSON Schema form the checker compares. */
@Singleton
class VersionHistory {

    private final SchemaVersionRepository versions;
    private final ContentRepository contents;
    private final JsonSchemaForm form;

    VersionHistory(SchemaVersionRepository versions, ContentRepository contents, JsonSchemaForm form) {
        this.versions = versions;
        this.contents = contents;
        this.form = form;
    }

    /**
     * The schema's versions below {@code before}, oldest first: all of them, or only the newest when
     * {@code all} is false (the non-transitive modes look no further back).
     */
    List<VersionedSchema> before(long schemaId, long before, boolean all) {
        List<VersionedSchema> result = new ArrayList<>();
        for (SchemaVersionRow row : versions.allNewestFirst(schemaId)) {
            if (row.version() >= before) {
                continue;
            }
            result.add(0, of(row));
            if (!all) {
                break;
            }
        }
        return result;
    }

    VersionedSchema of(SchemaVersionRow row) {
        String content = contents.findById(row.contentHash())
                .map(ContentRow::content)
                .orElseThrow(() -> new IllegalStateException("content " + row.contentHash() + " is missing"));
        return new VersionedSchema(
                Long.toString(row.version()), form.of(SchemaType.valueOf(row.schemaType()), content));
    }
}

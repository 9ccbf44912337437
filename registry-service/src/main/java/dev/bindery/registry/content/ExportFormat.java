package dev.bindery.registry.content;

import dev.bindery.registry.error.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The JSON Schema dialects ExportSchema writes: AWS's {@code JSONSchemaDraft4}, and draft 2020-12 as
 * a Bindery extension. Each names its meta-schema and where component definitions go.
 */
public enum ExportFormat {
    DRAFT4("JSONSchemaDraft4", "http://json-schema.org/draft-04/schema#", "definitions"),
    DRAFT2020_12("JSONSchemaDraft2020-12", "https://json-schema.org/draft/2020-12/schema", "$defs");

    private final String wireName;
    private final String metaSchema;
    private final String definitionsKeyword;

    ExportFormat(String wireName, String metaSchema, String definitionsKeyword) {
        this.wireName = wireName;
        this.metaSchema = metaSchema;
        this.definitionsKeyword = definitionsKeyword;
    }

    public String wireName() {
        return wireName;
    }

    String metaSchema() {
        return metaSchema;
    }

    String definitionsKeyword() {
        return definitionsKeyword;
    }

    /** The format a request's {@code type} names; BadRequestException listing the accepted ones otherwise. */
    public static ExportFormat parse(String type) {
        if (type == null) {
            throw ApiException.badRequest("type is required: %s.", accepted());
        }
        return Arrays.stream(values())
                .filter(f -> f.wireName.equals(type))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "type '%s' cannot be exported; export types are %s.", type, accepted()));
    }

    private static String accepted() {
        return Arrays.stream(values()).map(ExportFormat::wireName).collect(Collectors.joining(", "));
    }
}

package dev.bindery.registry.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.content.ExportFormat;
import dev.bindery.registry.content.JsonSchemaExporter;
import dev.bindery.registry.content.SchemaType;
import jakarta.inject.Singleton;

/**
 * Content of either schema type as the JSON Schema the compatibility checker compares: OpenAPI 3
 * documents through their 2020-12 export (root component at the root, {@code nullable} as a
 * {@code "null"} type), JSON Schema as it is.
 */
@Singleton
class JsonSchemaForm {

    private final JsonSchemaExporter exporter;
    private final ObjectMapper mapper;

    JsonSchemaForm(JsonSchemaExporter exporter, ObjectMapper mapper) {
        this.exporter = exporter;
        this.mapper = mapper;
    }

    JsonNode of(SchemaType type, String content) {
        String jsonSchema = type == SchemaType.JSONSchemaDraft4
                ? content
                : exporter.export(type, content, ExportFormat.DRAFT2020_12);
        try {
            return mapper.readTree(jsonSchema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated content no longer parses", e);
        }
    }
}

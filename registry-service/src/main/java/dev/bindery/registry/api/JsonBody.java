package dev.bindery.registry.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.JsonProblems;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body read the way AWS clients send it: absent, empty, {@code {}} or a JSON object,
 * with or without a Content-Type. Members are read by their wire names with their types checked,
 * so a wrong type is refused with a message naming the member instead of being coerced.
 */
final class JsonBody {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody parse(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return new JsonBody(MissingNode.getInstance());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw JsonProblems.notJson("The request body", e);
        }
        if (!root.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return new JsonBody(root);
    }

    @Nullable
    String string(String member) {
        JsonNode value = root.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(member, "a string", value);
        }
        return value.asText();
    }

    @Nullable
    Boolean bool(String member) {
        JsonNode value = root.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(member, "a boolean", value);
        }
        return value.asBoolean();
    }

    /** A JSON object of string values, such as {@code tags}; empty when absent. */
    Map<String, String> stringMap(String member) {
        JsonNode value = root.get(member);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw wrongType(member, "an object of strings", value);
        }
        Map<String, String> result = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                throw wrongType(member + "." + field.getKey(), "a string", field.getValue());
            }
            result.put(field.getKey(), field.getValue().asText());
        });
        return result;
    }

    /** The raw member, for operations that take nested JSON. */
    JsonNode node(String member) {
        return root.path(member);
    }

    private static ApiException wrongType(String member, String expected, JsonNode actual) {
        return ApiException.badRequest("%s must be %s, not a JSON %s.", member, expected,
                actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
}

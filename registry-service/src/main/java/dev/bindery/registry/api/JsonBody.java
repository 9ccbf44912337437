package dev.bindery.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bindery.codegen.json.JsonMappers;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body read the way AWS clients send it: absent, empty, {@code {}} or a JSON object,
 * with or without a Content-Type. Members are read by their wire names with their types checked,
 * so a wrong type is refused with a message naming the member instead of being coerced. The body
 * must be UTF-8 and its strings valid Unicode: bytes that are not UTF-8 and lone surrogates are
 * refused with their position, never replaced (content is kept byte for byte). It is one JSON value:
 * a repeated key or text after the object is refused, not ignored.
 */
final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody parse(@Nullable BodyBytes bound) {
        byte[] body = bound == null ? null : bound.bytes();
        if (body == null || isBlank(body)) {
            return new JsonBody(MissingNode.getInstance());
        }
        long notUtf8At = Utf8.firstInvalid(body);
        if (notUtf8At >= 0) {
            throw ApiException.badRequest("The request body is not valid UTF-8 at byte %d.", notUtf8At);
        }
        JsonNode root;
        try {
            root = JsonMappers.strict().readTree(body);
        } catch (JsonProcessingException e) {
            throw JsonProblems.notJson("The request body", e);
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
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
        return unicode(member, value.asText());
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
        value.properties().forEach(field -> {
            if (!field.getValue().isTextual()) {
                throw wrongType(member + "." + field.getKey(), "a string", field.getValue());
            }
            result.put(
                    unicode(member, field.getKey()),
                    unicode(member + "." + field.getKey(), field.getValue().asText()));
        });
        return result;
    }

    /** The raw member, for operations that take nested JSON. */
    JsonNode node(String member) {
        return root.path(member);
    }

    private static String unicode(String member, String text) {
        String problem = Utf8.loneSurrogateProblem(member, text);
        if (problem != null) {
            throw ApiException.badRequest("%s", problem);
        }
        return text;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static ApiException wrongType(String member, String expected, JsonNode actual) {
        return ApiException.badRequest(
                "%s must be %s, not a JSON %s.",
                member, expected, actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
}

package dev.bindery.registry.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small, valid schema documents for tests. */
final class Schemas {

    private Schemas() {}

    /** An OpenAPI 3 document in EventBridge's layout whose detail has the given string properties. */
    static String openApi(String detailName, String... properties) {
        String props = Arrays.stream(properties)
                .map(p -> "\"" + p + "\":{\"type\":\"string\",\"nullable\":true}")
                .collect(Collectors.joining(","));
        return "{\"openapi\":\"3.0.0\",\"info\":{\"version\":\"1.0.0\",\"title\":\"" + detailName + "\"},"
                + "\"paths\":{},\"components\":{\"schemas\":{"
                + "\"AWSEvent\":{\"type\":\"object\",\"description\":\"\",\"required\":[\"detail\"],"
                + "\"properties\":{\"detail\":{\"$ref\":\"#/components/schemas/" + detailName + "\"}}},"
                + "\"" + detailName + "\":{\"type\":\"object\",\"properties\":{" + props + "}}}}}";
    }
}

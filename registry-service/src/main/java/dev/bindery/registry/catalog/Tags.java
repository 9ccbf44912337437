package dev.bindery.registry.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.config.Limits;
import dev.bindery.registry.error.ApiException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags of a resource: checked against AWS's limits and stored as a JSON object with sorted keys,
 * so equal tag sets are stored as equal text.
 */
@Singleton
public final class Tags {

    private static final int MAX_KEY_LENGTH = 128;
    private static final int MAX_VALUE_LENGTH = 256;
    private static final String EMPTY = "{}";
    private static final TypeReference<TreeMap<String, String>> MAP_TYPE = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final Limits limits;

    public Tags(ObjectMapper mapper, Limits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    public Map<String, String> read(String stored) {
        if (EMPTY.equals(stored)) {
            return Map.of(); // most resources have no tags; skip the parser on the read path
        }
        try {
            return mapper.readValue(stored, MAP_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tags are not a JSON object", e);
        }
    }

    public String write(Map<String, String> tags) {
        try {
            return mapper.writeValueAsString(new TreeMap<>(tags));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tags cannot be written as JSON", e);
        }
    }

    /** {@code current} with {@code added} put over it, checked. */
    public String merge(String current, Map<String, String> added) {
        TreeMap<String, String> merged = new TreeMap<>(read(current));
        merged.putAll(check(added));
        if (merged.size() > limits.maxTagsPerResource()) {
            throw ApiException.badRequest(
                    "A resource can have at most %d tags; this would give it %d.",
                    limits.maxTagsPerResource(), merged.size());
        }
        return write(merged);
    }

    /** {@code current} without the given keys. */
    public String remove(String current, Collection<String> keys) {
        TreeMap<String, String> remaining = new TreeMap<>(read(current));
        keys.forEach(remaining::remove);
        return write(remaining);
    }

    /** Checks new tags against the limits; returns them unchanged. */
    public Map<String, String> check(Map<String, String> tags) {
        if (tags.size() > limits.maxTagsPerResource()) {
            throw ApiException.badRequest(
                    "A resource can have at most %d tags; %d were given.", limits.maxTagsPerResource(), tags.size());
        }
        tags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                throw ApiException.badRequest("Tag key '%s' must be 1 to %d characters long.", key, MAX_KEY_LENGTH);
            }
            if (value == null || value.length() > MAX_VALUE_LENGTH) {
                throw ApiException.badRequest(
                        "The value of tag '%s' must be a string of at most %d characters.", key, MAX_VALUE_LENGTH);
            }
            if (key.startsWith("aws:")) {
                throw ApiException.badRequest("Tag key '%s' uses the reserved prefix 'aws:'.", key);
            }
        });
        return tags;
    }
}

package dev.bindery.registry.discovery.inference;

import java.util.HashMap;
import java.util.Map;

/**
 * The mutable statistics of one position in an event (the root, a property, array items or map values), merged
 * over every value observed there. Confined to one thread: owned by a {@link ShapeAccumulator} while it folds,
 * or frozen inside a {@link ShapeSnapshot} (never mutated after that).
 *
 * <p>Every field merges commutatively and associatively: counts add, times take min/max, flags OR, the format
 * mask ANDs, {@link StringValues} unions with a content-defined bound, children merge by key. The property list
 * is bounded: an object position that has seen more than {@link InferenceRules#MAX_PROPERTIES} distinct keys
 * turns into map mode for good, folding all its property statistics into one {@link #mapValues} node. Whether that
 * happens depends only on the set of keys seen, so the result does not depend on order either.
 */
final class ShapeNode {

    long nulls;
    long booleans;
    long integers;
    long numbers;
    long strings;
    long objects;
    long arrays;
    long firstSeen = Long.MAX_VALUE;
    long lastSeen = Long.MIN_VALUE;
    boolean integerBeyondInt64;
    boolean numberBeyondDouble;
    /** A container here was nested deeper than {@link InferenceRules#MAX_DEPTH}: its content was not inferred. */
    boolean truncated;
    /** Formats that every string seen here matched ({@link StringFormat} bits); all bits while no string is seen. */
    int formats = StringFormat.ALL;
    /** Distinct string values; {@code null} until the first string. */
    StringValues values;
    /** Per-key statistics while in property mode; {@code null} until the first key and in map mode. */
    Map<String, ShapeNode> properties;
    /** Merged statistics of every key's values once in map mode; {@code null} in property mode. */
    ShapeNode mapValues;
    /** Merged statistics of every array element; {@code null} until the first element. */
    ShapeNode items;

    /**
     * Scratch for {@link EventFolder}'s duplicate-key check: the serial of the last object this key was seen in.
     * Not part of the state: never merged, copied or persisted.
     */
    long lastObjectSerial = -1;

    /** Values observed here: for a property, the number of objects it was present in. */
    long count() {
        return nulls + booleans + integers + numbers + strings + objects + arrays;
    }

    /** How often values of {@code type} were observed here. */
    long count(JsonType type) {
        return switch (type) {
            case NULL -> nulls;
            case BOOLEAN -> booleans;
            case INTEGER -> integers;
            case NUMBER -> numbers;
            case STRING -> strings;
            case OBJECT -> objects;
            case ARRAY -> arrays;
        };
    }

    void setCount(JsonType type, long value) {
        switch (type) {
            case NULL -> nulls = value;
            case BOOLEAN -> booleans = value;
            case INTEGER -> integers = value;
            case NUMBER -> numbers = value;
            case STRING -> strings = value;
            case OBJECT -> objects = value;
            case ARRAY -> arrays = value;
        }
    }

    void seenAt(long time) {
        if (time < firstSeen) {
            firstSeen = time;
        }
        if (time > lastSeen) {
            lastSeen = time;
        }
    }

    /** The node for a key of an object seen here (the shared map-values node in map mode). */
    ShapeNode property(String key) {
        if (mapValues != null) {
            return mapValues;
        }
        if (properties == null) {
            properties = new HashMap<>();
        }
        ShapeNode child = properties.get(key);
        if (child == null) {
            if (properties.size() >= InferenceRules.MAX_PROPERTIES) {
                switchToMapMode();
                return mapValues;
            }
            child = new ShapeNode();
            properties.put(key, child);
        }
        return child;
    }

    ShapeNode items() {
        if (items == null) {
            items = new ShapeNode();
        }
        return items;
    }

    boolean inMapMode() {
        return mapValues != null;
    }

    /** Adds everything {@code other} observed to this node; {@code other} is not changed or aliased. */
    void mergeFrom(ShapeNode other) {
        nulls += other.nulls;
        booleans += other.booleans;
        integers += other.integers;
        numbers += other.numbers;
        strings += other.strings;
        objects += other.objects;
        arrays += other.arrays;
        firstSeen = Math.min(firstSeen, other.firstSeen);
        lastSeen = Math.max(lastSeen, other.lastSeen);
        integerBeyondInt64 |= other.integerBeyondInt64;
        numberBeyondDouble |= other.numberBeyondDouble;
        truncated |= other.truncated;
        formats &= other.formats;
        if (other.values != null) {
            if (values == null) {
                values = new StringValues();
            }
            values.merge(other.values);
        }
        if (other.mapValues != null) {
            switchToMapMode();
            mapValues.mergeFrom(other.mapValues);
        }
        if (other.properties != null) {
            for (Map.Entry<String, ShapeNode> e : other.properties.entrySet()) {
                property(e.getKey()).mergeFrom(e.getValue());
            }
        }
        if (other.items != null) {
            items().mergeFrom(other.items);
        }
    }

    ShapeNode copy() {
        ShapeNode copy = new ShapeNode();
        copy.mergeFrom(this);
        return copy;
    }

    /** Folds every key's statistics into one node; no-op when already in map mode. */
    void switchToMapMode() {
        if (mapValues != null) {
            return;
        }
        ShapeNode merged = new ShapeNode();
        if (properties != null) {
            for (ShapeNode child : properties.values()) {
                merged.mergeFrom(child);
            }
        }
        properties = null;
        mapValues = merged;
    }
}

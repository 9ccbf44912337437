package dev.bindery.codegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A read document: every schema that a {@code $ref} can reach, by location, plus the schemas to
 * generate as named types and, when the document is an event envelope, what the envelope says.
 *
 * @param name the document's name (the schema name it is generated for)
 * @param roots the schemas that describe one instance each, named by title or file (for an envelope
 *     document: the detail); the first is the primary root
 * @param components schemas to generate under their own names ({@code definitions}, {@code $defs},
 *     {@code components/schemas}), in document order
 * @param byLocation every schema reachable by reference, keyed by location
 * @param envelope the event envelope, or {@code null} when the document does not describe one
 */
public record SchemaDocument(
        String name,
        List<NamedSchema> roots,
        List<NamedSchema> components,
        Map<String, Schema> byLocation,
        Envelope envelope) {

    /** A schema with the name its document gives it. */
    public record NamedSchema(String name, Schema schema) {
        public NamedSchema {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(schema, "schema == null");
        }
    }

    /**
     * An EventBridge-style envelope ({@code AWSEvent} root): its source and detail-type extensions.
     *
     * @param source {@code x-amazon-events-source}, or {@code null}
     * @param detailType {@code x-amazon-events-detail-type}, or {@code null}
     */
    public record Envelope(String source, String detailType) {}

    public SchemaDocument {
        Objects.requireNonNull(name, "name == null");
        roots = List.copyOf(roots);
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("roots is empty");
        }
        components = List.copyOf(components);
        byLocation = Collections.unmodifiableMap(new LinkedHashMap<>(byLocation));
    }

    /** The primary root. */
    public NamedSchema root() {
        return roots.get(0);
    }

    /** The schema a reference points at, following chains of references. */
    public Schema resolve(Schema schema) {
        Schema current = schema;
        int hops = 0;
        while (current.ref() != null) {
            Schema target = byLocation.get(current.ref());
            if (target == null) {
                throw new IllegalStateException("unresolved reference " + current.ref() + " at " + current.location());
            }
            if (++hops > 64) {
                throw new IllegalStateException("reference cycle without a type at " + schema.location());
            }
            current = target;
        }
        return current;
    }
}

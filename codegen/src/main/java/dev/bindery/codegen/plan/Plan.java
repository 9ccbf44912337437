package dev.bindery.codegen.plan;

import com.palantir.javapoet.TypeName;
import dev.bindery.codegen.model.SchemaDocument;
import java.util.List;
import java.util.Objects;

/**
 * The decided types of one document.
 *
 * @param packageName the package every declaration lives in
 * @param declarations the types to generate, in document order
 * @param rootType the Java type of the primary root schema (the envelope's detail)
 * @param usesOptional whether some property is tri-state ({@code Optional}), needing Jackson's jdk8 module
 * @param envelope the envelope the document describes, or {@code null}
 */
public record Plan(
        String packageName,
        List<Declaration> declarations,
        TypeName rootType,
        boolean usesOptional,
        SchemaDocument.Envelope envelope) {
    public Plan {
        Objects.requireNonNull(packageName, "packageName == null");
        declarations = List.copyOf(declarations);
        Objects.requireNonNull(rootType, "rootType == null");
    }
}

package dev.bindery.codegen.plan;

/**
 * What a schema says to a human, carried to Javadoc and {@code @Deprecated}.
 *
 * @param title the schema's {@code title}, or {@code null}
 * @param description the schema's {@code description}, or {@code null}
 * @param deprecated whether the schema is {@code deprecated}
 */
public record Docs(String title, String description, boolean deprecated) {
    /** Whether there is text for a Javadoc comment. */
    public boolean hasText() {
        return title != null && !title.isBlank() || description != null && !description.isBlank();
    }
}

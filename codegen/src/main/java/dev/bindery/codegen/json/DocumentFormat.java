package dev.bindery.codegen.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * JSON or YAML: the one rule for telling which a schema document is. A name ending in {@code .yaml} or
 * {@code .yml} is YAML and one ending in {@code .json} is JSON; a document without such a name is JSON
 * when its first non-blank character opens a JSON object or array, and YAML otherwise (JSON text that
 * starts that way is also valid YAML, so the guess never refuses a document the other reading would take).
 */
public enum DocumentFormat {
    JSON,
    YAML;

    /** Whether a file name is one of a schema document: {@code *.json}, {@code *.yaml} or {@code *.yml}, in any case. */
    public static boolean isDocumentFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * The format of a document.
     *
     * @param fileName its file name or path, or {@code null} for text without one
     * @param text the document
     */
    public static DocumentFormat of(String fileName, CharSequence text) {
        if (fileName != null) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return YAML;
            }
            if (lower.endsWith(".json")) {
                return JSON;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[' ? JSON : YAML;
            }
        }
        return JSON;
    }

    /** The module's mapper for this format: {@link JsonMappers#strict()} or {@link JsonMappers#yaml()}. */
    public ObjectMapper mapper() {
        return this == JSON ? JsonMappers.strict() : JsonMappers.yaml();
    }
}

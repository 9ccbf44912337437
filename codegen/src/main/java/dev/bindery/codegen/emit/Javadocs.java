package dev.bindery.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import dev.bindery.codegen.plan.Docs;
import java.util.regex.Pattern;

/** Schema text made safe for Javadoc: no comment terminators, unicode escapes, stray tags or HTML. */
final class Javadocs {
    private static final Pattern LEADING_AT = Pattern.compile("(?m)^(\\s*)@");

    private Javadocs() {}

    /** Escapes text for a Javadoc comment. */
    static String escape(String raw) {
        String text = raw.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;")
                .replace("/*", "/&#42;")
                .replace("{@", "{&#64;")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .strip();
        return text.indexOf('@') < 0 ? text : LEADING_AT.matcher(text).replaceAll("$1&#64;");
    }

    /** Title and description as Javadoc paragraphs, plus {@code extra} lines; empty when there is nothing. */
    static CodeBlock of(Docs docs, String... extra) {
        CodeBlock.Builder b = CodeBlock.builder();
        boolean first = true;
        if (docs.title() != null && !docs.title().isBlank()) {
            b.add(Formats.code(escape(docs.title())) + "\n");
            first = false;
        }
        if (docs.description() != null && !docs.description().isBlank()) {
            b.add((first ? "" : "\n<p>") + Formats.code(escape(docs.description())) + "\n");
            first = false;
        }
        for (String line : extra) {
            b.add((first ? "" : "\n<p>") + Formats.code(line) + "\n");
            first = false;
        }
        return b.build();
    }

    /** One line for a {@code @param} tag, or {@code null} when the docs have no text. */
    static String summary(Docs docs) {
        String text = docs.description() != null && !docs.description().isBlank() ? docs.description() : docs.title();
        return text == null || text.isBlank() ? null : escape(text).replace("\n", " ");
    }
}

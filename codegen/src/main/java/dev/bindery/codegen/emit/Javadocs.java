package dev.bindery.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import dev.bindery.codegen.plan.Docs;

/** Schema text made safe for Javadoc: no comment terminators, unicode escapes, stray tags or HTML. */
final class Javadocs {
    private Javadocs() {}

    /** Escapes text for a Javadoc comment. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;")
                .replace("/*", "/&#42;")
                .replace("{@", "{&#64;")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("(?m)^(\\s*)@", "$1&#64;")
                .strip();
    }

    /** Title and description as Javadoc paragraphs, plus {@code extra} lines; empty when there is nothing. */
    static CodeBlock of(Docs docs, String... extra) {
        CodeBlock.Builder b = CodeBlock.builder();
        boolean first = true;
        if (docs.title() != null && !docs.title().isBlank()) {
            b.add("$L\n", escape(docs.title()));
            first = false;
        }
        if (docs.description() != null && !docs.description().isBlank()) {
            b.add(first ? "$L\n" : "\n<p>$L\n", escape(docs.description()));
            first = false;
        }
        for (String line : extra) {
            b.add(first ? "$L\n" : "\n<p>$L\n", line);
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

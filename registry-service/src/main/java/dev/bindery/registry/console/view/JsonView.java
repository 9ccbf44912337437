package dev.bindery.registry.console.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.bindery.codegen.json.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Schema content for reading: pretty-printed with two-space indents, split into highlighted lines,
 * and as a tree of nodes for nested {@code <details>} elements. Content that is not JSON is shown
 * as it is, unhighlighted.
 */
public final class JsonView {

    /** Trees stop growing at this many nodes: the rest of a huge document is read in the text view. */
    static final int MAX_TREE_NODES = 5_000;

    // The module's strict reader (stored content passed it already), but with numbers read as doubles, as this
    // page has always shown them; the pretty layout is this page's own (arrays one element a line).
    private static final ObjectReader READER =
            JsonMappers.strict().reader().without(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectWriter PRETTY = JsonMappers.strict()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonView() {}

    /** The kinds of token highlighting tells apart; the CSS classes are {@code j-<kind>}. */
    public enum Kind {
        KEY,
        STRING,
        NUMBER,
        LITERAL,
        PUNCTUATION,
        SPACE
    }

    /** A run of text of one kind. */
    public record Token(Kind kind, String text) {

        public String cssClass() {
            return "j-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A node of the tree: its key (or index), its type, its value when it is a scalar, and its children. */
    public record Node(String label, String type, String scalar, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }

        public boolean leaf() {
            return children.isEmpty() && scalar != null;
        }
    }

    /** The content re-indented, or as it is when it does not parse as JSON. */
    public static String pretty(String content) {
        try {
            return PRETTY.writeValueAsString(READER.readTree(content));
        } catch (JsonProcessingException e) {
            return content;
        }
    }

    /** The text's lines as tokens; keys (strings followed by a colon) are told apart from values. */
    public static List<List<Token>> highlight(String pretty) {
        List<List<Token>> lines = new ArrayList<>();
        for (String line : pretty.split("\n", -1)) {
            lines.add(tokens(line));
        }
        return lines;
    }

    private static List<Token> tokens(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int end;
            Kind kind;
            if (c == '"') {
                end = stringEnd(line, i);
                int after = end;
                while (after < line.length() && line.charAt(after) == ' ') {
                    after++;
                }
                kind = after < line.length() && line.charAt(after) == ':' ? Kind.KEY : Kind.STRING;
            } else if (c == '-' || Character.isDigit(c)) {
                end = i + 1;
                while (end < line.length() && "0123456789.eE+-".indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = i + 1;
                while (end < line.length() && Character.isLetter(line.charAt(end))) {
                    end++;
                }
                kind = Kind.LITERAL;
            } else if (c == ' ') {
                end = i + 1;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                kind = Kind.SPACE;
            } else {
                end = i + 1;
                kind = Kind.PUNCTUATION;
            }
            tokens.add(new Token(kind, line.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static int stringEnd(String line, int start) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return line.length();
    }

    /** The content as a tree, or {@code null} when it does not parse as JSON. */
    public static Node tree(String content) {
        JsonNode root;
        try {
            root = READER.readTree(content);
        } catch (JsonProcessingException e) {
            return null;
        }
        int[] budget = {MAX_TREE_NODES};
        return node("(root)", root, budget);
    }

    private static Node node(String label, JsonNode json, int[] budget) {
        budget[0]--;
        if (json.isObject()) {
            List<Node> children = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : json.properties()) {
                if (budget[0] <= 0) {
                    break;
                }
                children.add(node(field.getKey(), field.getValue(), budget));
            }
            return new Node(label, "object · " + json.size(), null, children);
        }
        if (json.isArray()) {
            List<Node> children = new ArrayList<>();
            for (int i = 0; i < json.size() && budget[0] > 0; i++) {
                children.add(node("[" + i + "]", json.get(i), budget));
            }
            return new Node(label, "array · " + json.size(), null, children);
        }
        return new Node(
                label, json.getNodeType().name().toLowerCase(java.util.Locale.ROOT), json.toString(), List.of());
    }
}

package dev.bindery.codegen.pointer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON pointer (RFC 6901): a list of reference tokens. Parsing is strict: {@code ~} must be followed by
 * {@code 0} or {@code 1}, and in a {@code $ref} fragment every {@code %} must start an escape of two hex
 * digits whose bytes are UTF-8. An array is indexed only by a token that is {@code 0} or a number without
 * leading zeros that fits an {@code int}; any other token, {@code 2147483648} included, names no element.
 *
 * @param tokens the unescaped reference tokens, outermost first; empty for the whole document
 */
public record Pointer(List<String> tokens) {

    /** The pointer to the whole document. */
    public static final Pointer ROOT = new Pointer(List.of());

    public Pointer {
        tokens = List.copyOf(tokens);
    }

    /**
     * Reads the fragment of a {@code $ref} (the text after {@code #}, still percent-encoded) as a pointer.
     * The empty fragment is {@link #ROOT}.
     *
     * @throws MalformedPointerException if the fragment is not a percent-encoded JSON pointer
     */
    public static Pointer ofFragment(String fragment) {
        return parse(decodeFragment(fragment), fragment);
    }

    /**
     * Percent-decodes a {@code $ref} fragment strictly ({@code +} stays a plus sign), so a caller can tell a
     * pointer ({@code /…}) from a plain-name anchor.
     *
     * @throws MalformedPointerException if a {@code %} does not start a two-hex-digit escape, or the escaped
     *     bytes are not UTF-8
     */
    public static String decodeFragment(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        StringBuilder decoded = new StringBuilder(fragment.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < fragment.length()) {
            char c = fragment.charAt(i);
            if (c != '%') {
                flush(bytes, decoded, fragment);
                decoded.append(c);
                i++;
                continue;
            }
            if (i + 3 > fragment.length()) {
                throw new MalformedPointerException(
                        fragment,
                        "'" + fragment.substring(i) + "' at character " + i + " is an incomplete percent-escape");
            }
            int high = hex(fragment.charAt(i + 1));
            int low = hex(fragment.charAt(i + 2));
            if (high < 0 || low < 0) {
                throw new MalformedPointerException(
                        fragment,
                        "'" + fragment.substring(i, i + 3) + "' at character " + i + " is not a percent-escape");
            }
            bytes.write(high << 4 | low);
            i += 3;
        }
        flush(bytes, decoded, fragment);
        return decoded.toString();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9'
                ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder into, String fragment) {
        if (bytes.size() == 0) {
            return;
        }
        try {
            into.append(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new MalformedPointerException(fragment, "its percent-escaped bytes are not UTF-8");
        }
        bytes.reset();
    }

    /**
     * Reads a pointer in its RFC 6901 string form ({@code ""} or {@code /a/b~1c}).
     *
     * @throws MalformedPointerException if it does not start with {@code /} or has a {@code ~} escape other
     *     than {@code ~0} and {@code ~1}
     */
    public static Pointer parse(String pointer) {
        return parse(pointer, pointer);
    }

    private static Pointer parse(String pointer, String written) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new MalformedPointerException(written, "it does not start with '/'");
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(raw, written));
        }
        return new Pointer(tokens);
    }

    private static String unescape(String raw, String written) {
        int tilde = raw.indexOf('~');
        if (tilde < 0) {
            return raw;
        }
        StringBuilder token = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                token.append(c);
                continue;
            }
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
            if (next != '0' && next != '1') {
                throw new MalformedPointerException(
                        written, "'~' must be followed by '0' or '1' (in the token '" + raw + "')");
            }
            token.append(next == '0' ? '~' : '/');
            i++;
        }
        return token.toString();
    }

    /** Escapes a member name as one reference token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The string form of {@code pointer} with one more token. */
    public static String append(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    /**
     * The unescaped last token of the pointer {@code pointer} in string form, or {@code ""} for the root.
     *
     * @throws MalformedPointerException if {@code pointer} is not a JSON pointer
     */
    public static String lastToken(String pointer) {
        List<String> tokens = parse(pointer).tokens();
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /**
     * The array index a token names: {@code 0}, or digits without a leading zero that fit an {@code int};
     * otherwise -1.
     */
    public static int arrayIndex(String token) {
        int length = token.length();
        if (length == 0 || length > 10 || (length > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /** This pointer with one more token. */
    public Pointer child(String token) {
        List<String> longer = new ArrayList<>(tokens);
        longer.add(token);
        return new Pointer(longer);
    }

    /**
     * The node this pointer names in {@code document}, or null if there is none: a missing member, an array
     * token that is not an index or is past the end, or a scalar on the way.
     */
    public JsonNode resolve(JsonNode document) {
        JsonNode node = document;
        for (String token : tokens) {
            if (node.isObject()) {
                node = node.get(token);
            } else if (node.isArray()) {
                int index = arrayIndex(token);
                node = index < 0 ? null : node.get(index);
            } else {
                node = null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The RFC 6901 string form ({@code ""} for the root), not percent-encoded. */
    @Override
    public String toString() {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(escape(token));
        }
        return pointer.toString();
    }
}

package dev.bindery.registry.error;

import io.micronaut.core.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8, both ways: bytes that are not UTF-8 are an error with their offset, not a replacement
 * character, and text holding a lone UTF-16 surrogate (a JSON {@code \uD800} escape without its
 * pair), which has no UTF-8 form, is an error with its position, not a {@code ?}.
 */
public final class Utf8 {

    private Utf8() {}

    /**
     * The offset of the first byte that is not UTF-8, or -1 when all are: ASCII is checked a byte
     * at a time without decoding, the rest by the strict decoder.
     */
    public static long firstInvalid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        if (i == bytes.length) {
            return -1;
        }
        long[] failure = new long[1];
        return decode(bytes, i, bytes.length - i, failure).isPresent() ? -1 : i + failure[0];
    }

    /**
     * The text of UTF-8 bytes by the JDK's fast decoding, or {@code null} when it holds U+FFFD: that decoding
     * replaces bytes that are not UTF-8 with U+FFFD instead of refusing them, so a text without one is exact.
     * A U+FFFD sent as such also gives {@code null}; the caller reads those bytes strictly instead.
     */
    public static @Nullable String exactText(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null; // no search at all in a Latin-1 string
    }

    /** The decoded text; empty with {@code failure[0]} set to the byte offset when the bytes are not UTF-8. */
    public static Optional<String> decode(byte[] bytes, int offset, int length, long[] failure) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            failure[0] = in.position() - offset;
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    /** The index of the first lone surrogate in {@code text}, or -1 when it is valid Unicode. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why {@code text}, the value of the named parameter, is not valid Unicode, or {@code null}:
     * "Parameter Content is not valid. Reason: it holds an unpaired surrogate \uD800 at character 12."
     */
    public static String loneSurrogateProblem(String name, String text) {
        int at = loneSurrogate(text);
        return at < 0
                ? null
                : String.format(
                        "Parameter %s is not valid. Reason: it holds an unpaired surrogate "
                                + "\\u%04X at character %d.",
                        name, (int) text.charAt(at), at);
    }

    /**
     * The length of {@code text} in UTF-8 as {@code getBytes(UTF_8)} encodes it (a lone surrogate as the
     * one byte {@code ?}), counted without encoding it.
     */
    public static long length(String text) {
        long bytes = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return bytes;
    }

    /**
     * The UTF-8 bytes of {@code text}.
     *
     * @throws IllegalArgumentException when it holds a lone surrogate (which the JDK's encoder would
     *                                  silently turn into {@code ?})
     */
    public static byte[] encode(String text) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "text holds an unpaired surrogate at character " + loneSurrogate(text), e);
        }
    }
}

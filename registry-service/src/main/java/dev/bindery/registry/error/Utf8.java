package dev.bindery.registry.error;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: bytes that are not UTF-8 are an error with their offset, not a replacement character. */
public final class Utf8 {

    private Utf8() {
    }

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

    /** The decoded text; empty with {@code failure[0]} set to the byte offset when the bytes are not UTF-8. */
    public static Optional<String> decode(byte[] bytes, int offset, int length, long[] failure) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
}

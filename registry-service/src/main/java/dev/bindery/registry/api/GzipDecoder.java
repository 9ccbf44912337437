package dev.bindery.registry.api;

import dev.bindery.registry.error.MalformedBodyException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes a gzip body (RFC 1952) as it arrives, strictly: every member's header, deflate data and trailer (CRC-32
 * and length) must be intact, members may follow each other, and the body must end exactly where a member ends.
 * Anything else is a {@link MalformedBodyException}, never a shorter body. Mutable: one instance per request body.
 */
final class GzipDecoder {

    private static final int MAX_HEADER = 64 * 1024;
    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;
    private static final int RESERVED = 0xE0;

    private enum State {
        HEADER,
        DATA,
        TRAILER,
        BETWEEN_MEMBERS
    }

    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final byte[] out = new byte[64 * 1024];
    private State state = State.BETWEEN_MEMBERS;
    private long size;
    private long received;
    private int members;

    /** Decodes the next bytes of the body, handing decoded bytes to {@code sink} as they come. */
    void decode(byte[] in, Consumer<byte[]> sink) {
        int at = 0;
        received += in.length;
        while (at < in.length) {
            switch (state) {
                case BETWEEN_MEMBERS, HEADER -> {
                    state = State.HEADER;
                    int take = Math.min(in.length - at, MAX_HEADER - pending.size());
                    pending.write(in, at, take);
                    byte[] header = pending.toByteArray();
                    int length = headerLength(header);
                    if (length < 0) {
                        if (pending.size() >= MAX_HEADER) {
                            throw fail("its gzip header is longer than " + MAX_HEADER + " bytes");
                        }
                        at += take;
                    } else {
                        at += take - (header.length - length);
                        pending.reset();
                        inflater.reset();
                        crc.reset();
                        size = 0;
                        state = State.DATA;
                    }
                }
                case DATA -> at = inflate(in, at, sink);
                case TRAILER -> {
                    int take = Math.min(in.length - at, 8 - pending.size());
                    pending.write(in, at, take);
                    at += take;
                    if (pending.size() == 8) {
                        checkTrailer(pending.toByteArray());
                        pending.reset();
                        members++;
                        state = State.BETWEEN_MEMBERS;
                    }
                }
            }
        }
    }

    /** The body ended: it must end where a gzip member ends (an empty body is an empty body). */
    void finish() {
        if (state == State.BETWEEN_MEMBERS && (members > 0 || received == 0)) {
            return;
        }
        throw fail(
                switch (state) {
                    case HEADER ->
                        received < 10 && members == 0
                                ? "it is " + received + " byte" + (received == 1 ? "" : "s")
                                        + " long, too short for a gzip stream"
                                : "it ends inside a gzip header";
                    case DATA -> "it ends inside its compressed data (the gzip stream is truncated)";
                    case TRAILER -> "it ends inside a gzip trailer (the gzip stream is truncated)";
                    case BETWEEN_MEMBERS -> "it is not a gzip stream";
                });
    }

    private int inflate(byte[] in, int at, Consumer<byte[]> sink) {
        inflater.setInput(in, at, in.length - at);
        try {
            while (true) {
                int n = inflater.inflate(out);
                if (n > 0) {
                    crc.update(out, 0, n);
                    size += n;
                    sink.accept(Arrays.copyOf(out, n));
                    continue;
                }
                if (inflater.finished()) {
                    state = State.TRAILER;
                    return in.length - inflater.getRemaining();
                }
                if (inflater.needsDictionary()) {
                    throw fail("its compressed data asks for a preset dictionary, which gzip does not allow");
                }
                if (inflater.needsInput()) {
                    return in.length;
                }
            }
        } catch (DataFormatException e) {
            throw fail("its compressed data is not valid deflate data");
        }
    }

    private void checkTrailer(byte[] trailer) {
        long expectedCrc = le32(trailer, 0);
        long expectedSize = le32(trailer, 4);
        if (expectedCrc != crc.getValue()) {
            throw fail("its gzip CRC-32 does not match the decompressed data");
        }
        if (expectedSize != (size & 0xFFFFFFFFL)) {
            throw fail("its gzip trailer's length does not match the decompressed data");
        }
    }

    /** The length of the member header at the start of {@code h}, -1 if more bytes are needed. */
    private static int headerLength(byte[] h) {
        if (h.length >= 1 && (h[0] & 0xFF) != 0x1F || h.length >= 2 && (h[1] & 0xFF) != 0x8B) {
            throw fail("it does not start with the gzip magic bytes 1f 8b");
        }
        if (h.length >= 3 && h[2] != 8) {
            throw fail("its gzip compression method is " + (h[2] & 0xFF) + ", not deflate (8)");
        }
        if (h.length < 10) {
            return -1;
        }
        int flags = h[3] & 0xFF;
        if ((flags & RESERVED) != 0) {
            throw fail("its gzip header sets reserved flags");
        }
        int at = 10;
        if ((flags & FEXTRA) != 0) {
            if (h.length < at + 2) {
                return -1;
            }
            at += 2 + ((h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8);
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (at < h.length && h[at] != 0) {
                    at++;
                }
                if (at >= h.length) {
                    return -1;
                }
                at++;
            }
        }
        if ((flags & FHCRC) != 0) {
            at += 2;
        }
        return at <= h.length ? at : -1;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static MalformedBodyException fail(String problem) {
        return new MalformedBodyException("The request body is sent with Content-Encoding gzip, but " + problem + ".");
    }

    /** Frees the inflater's native memory. */
    void close() {
        inflater.end();
    }
}

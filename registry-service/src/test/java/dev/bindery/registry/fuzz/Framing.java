package dev.bindery.registry.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * How a request's body is delimited on the wire. {@code malformed} framings must never let the
 * operation run; {@code halfClose} ones end with the client shutting its side of the connection
 * mid-body, as a client that gave up would.
 */
enum Framing {
    /** No body and no Content-Length, as GET and DELETE are sent. */
    NONE(false, false),
    LENGTH(false, false),
    CHUNKED(false, false),
    /** Chunked with chunk extensions ({@code 5;name=value}), which a server ignores. */
    CHUNKED_EXTENSIONS(false, false),
    /** Both headers: Transfer-Encoding wins (RFC 9112 §6.3). */
    LENGTH_AND_CHUNKED(false, false),
    /** A Content-Length shorter than the body: the rest reads as a next request. */
    LENGTH_SHORT(false, false),
    /** A Content-Length longer than the body, then the client stops sending. */
    LENGTH_LONG(true, true),
    LENGTH_NOT_A_NUMBER(true, false),
    LENGTH_TWICE_DIFFERENT(true, false),
    CHUNKED_BAD_SIZE(true, false),
    CHUNKED_HUGE_SIZE(true, true),
    CHUNKED_MISSING_CRLF(true, false),
    /** No last chunk, then the client stops sending. */
    CHUNKED_UNTERMINATED(true, true);

    final boolean malformed;
    final boolean halfClose;

    Framing(boolean malformed, boolean halfClose) {
        this.malformed = malformed;
        this.halfClose = halfClose;
    }

    /** The framing headers, each ending in CRLF. */
    String headers(byte[] body) {
        int n = body.length;
        return switch (this) {
            case NONE -> "";
            case LENGTH -> "Content-Length: " + n + "\r\n";
            case CHUNKED,
                    CHUNKED_EXTENSIONS,
                    CHUNKED_BAD_SIZE,
                    CHUNKED_HUGE_SIZE,
                    CHUNKED_MISSING_CRLF,
                    CHUNKED_UNTERMINATED -> "Transfer-Encoding: chunked\r\n";
            case LENGTH_AND_CHUNKED -> "Content-Length: " + (n + 7) + "\r\nTransfer-Encoding: chunked\r\n";
            case LENGTH_SHORT -> "Content-Length: " + n / 2 + "\r\n";
            case LENGTH_LONG -> "Content-Length: " + (n + 1 + n / 3) + "\r\n";
            case LENGTH_NOT_A_NUMBER -> "Content-Length: " + n + "x\r\n";
            case LENGTH_TWICE_DIFFERENT -> "Content-Length: " + n + "\r\nContent-Length: " + (n + 1) + "\r\n";
        };
    }

    /** The body as framed. */
    byte[] frame(byte[] body, SplittableRandom random) {
        return switch (this) {
            case NONE, LENGTH, LENGTH_SHORT, LENGTH_LONG, LENGTH_NOT_A_NUMBER, LENGTH_TWICE_DIFFERENT -> body;
            case CHUNKED, LENGTH_AND_CHUNKED -> chunks(body, random, "", true, true);
            case CHUNKED_EXTENSIONS -> chunks(body, random, ";fuzz=1", true, true);
            // an empty body has no chunk to leave the CRLF off, so it is sent as one byte without it
            case CHUNKED_MISSING_CRLF -> chunks(body.length == 0 ? ascii(" ") : body, random, "", false, true);
            case CHUNKED_UNTERMINATED -> chunks(body, random, "", true, false);
            case CHUNKED_BAD_SIZE -> concat(ascii("zz\r\n"), body, ascii("\r\n0\r\n\r\n"));
            case CHUNKED_HUGE_SIZE -> concat(ascii("FFFFFFFFFFFFFFFF\r\n"), body);
        };
    }

    private static byte[] chunks(
            byte[] body, SplittableRandom random, String extension, boolean crlf, boolean terminated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int size = Math.min(body.length - at, 1 + random.nextInt(Math.max(1, body.length / 2 + 1)));
            out.writeBytes(ascii(Integer.toHexString(size) + extension + "\r\n"));
            out.write(body, at, size);
            if (crlf) {
                out.writeBytes(ascii("\r\n"));
            }
            at += size;
        }
        if (terminated) {
            out.writeBytes(ascii("0\r\n\r\n"));
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

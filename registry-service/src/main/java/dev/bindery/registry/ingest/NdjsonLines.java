package dev.bindery.registry.ingest;

import dev.bindery.registry.error.Utf8;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into newline-delimited records, reading it in large blocks into one buffer and
 * handing out each line as a range of that buffer: no byte is copied per line, and memory stays one
 * buffer whatever the stream's length. A line longer than the limit is skipped to its end and reported
 * as too long. Not thread-safe; a line's range is valid until the next call.
 */
final class NdjsonLines {

    /** The most bytes asked for per read; a read returns what has arrived, one network chunk or more. */
    private static final int BLOCK = 256 * 1024;

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer;
    /** The unread bytes are {@code buffer[start, end)}. */
    private int start;

    private int end;
    private boolean ended;
    private long number;

    // The current line.
    private int lineStart;
    private int lineLength;
    private String problem;

    NdjsonLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
        this.buffer = new byte[Math.max(4 * BLOCK, maxLength + BLOCK)];
    }

    /**
     * Moves to the next non-blank line; {@code false} at the end of the stream. Then {@link #number()}
     * is its 1-based number, and either {@link #problem()} says why it cannot be read (too long, not
     * UTF-8) or {@link #bytes()}, {@link #offset()} and {@link #length()} hold it, without the
     * surrounding whitespace.
     */
    boolean next() throws IOException {
        while (true) {
            int newline = indexOfNewline(start);
            while (newline < 0 && !ended) {
                if (end - start > maxLength) {
                    number++;
                    problem = skipLongLine();
                    return true;
                }
                fill();
                newline = indexOfNewline(start);
            }
            int stop = newline < 0 ? end : newline;
            if (newline < 0 && stop == start) {
                return false; // the stream ended after a newline, or was empty
            }
            number++;
            int from = start;
            start = newline < 0 ? end : newline + 1;
            if (stop - from > maxLength) {
                problem = tooLong(stop - from);
                return true;
            }
            if (trim(from, stop)) {
                return true;
            }
        }
    }

    long number() {
        return number;
    }

    /** Why the line cannot be read, or {@code null}. */
    String problem() {
        return problem;
    }

    byte[] bytes() {
        return buffer;
    }

    int offset() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** Sets the line to {@code buffer[from, to)} without surrounding whitespace; {@code false} when blank. */
    private boolean trim(int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            ascii &= buffer[i] >= 0;
        }
        if (!ascii) {
            long[] failure = new long[1];
            if (Utf8.decode(buffer, from, to - from, failure).isEmpty()) {
                problem = "Line is not valid UTF-8 at byte " + failure[0] + ".";
                return true;
            }
        }
        while (from < to && isSpace(buffer[from])) {
            from++;
        }
        while (to > from && isSpace(buffer[to - 1])) {
            to--;
        }
        problem = null;
        lineStart = from;
        lineLength = to - from;
        return lineLength > 0;
    }

    /** ASCII whitespace, as {@link String#strip()} and JSON see it. */
    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0x0B || b == '\f' || b >= 0x1C && b <= 0x1F;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Reads a block after the unread bytes, moving them to the front first when the block does not fit. */
    private void fill() throws IOException {
        if (buffer.length - end < BLOCK) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        int read = in.read(buffer, end, Math.min(BLOCK, buffer.length - end));
        if (read < 0) {
            ended = true;
        } else {
            end += read;
        }
    }

    /** Skips the rest of a line over the limit, counting its bytes; the problem to report. */
    private String skipLongLine() throws IOException {
        long length = 0;
        while (true) {
            int newline = indexOfNewline(start);
            if (newline >= 0) {
                length += newline - start;
                start = newline + 1;
                return tooLong(length);
            }
            length += end - start;
            start = end;
            if (ended) {
                return tooLong(length);
            }
            fill();
        }
    }

    private String tooLong(long length) {
        return "Line is " + length + " bytes; the limit is " + maxLength + " bytes.";
    }
}

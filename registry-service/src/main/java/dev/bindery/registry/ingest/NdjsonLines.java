package dev.bindery.registry.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import dev.bindery.registry.error.Utf8;

/**
 * Reads newline-delimited records from a stream one at a time, holding at most one record of
 * bounded length in memory: a longer line is skipped to its end and reported as too long.
 */
final class NdjsonLines {

    /**
     * One line: its 1-based number and text; {@code null} text when it exceeded the limit or was not
     * UTF-8, with {@code problem} saying which.
     */
    record Line(long number, String text, long length, String problem) {
    }

    private final InputStream in;
    private final int maxLength;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long number;
    private boolean ended;

    NdjsonLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next non-blank line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        while (!ended) {
            buffer.reset();
            long length = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                length++;
                if (length > maxLength) {
                    tooLong = true;
                } else {
                    buffer.write(b);
                }
            }
            ended = b == -1;
            if (length == 0 && ended) {
                return null;
            }
            number++;
            if (tooLong) {
                return new Line(number, null, length, "Line is " + length + " bytes; the limit is " + maxLength + " bytes.");
            }
            long[] failure = new long[1];
            byte[] bytes = buffer.toByteArray();
            var decoded = Utf8.decode(bytes, 0, bytes.length, failure);
            if (decoded.isEmpty()) {
                return new Line(number, null, length, "Line is not valid UTF-8 at byte " + failure[0] + ".");
            }
            String text = decoded.get().strip();
            if (!text.isEmpty()) {
                return new Line(number, text, length, null);
            }
        }
        return null;
    }
}

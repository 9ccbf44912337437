package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * An event accepted on a bus, with everything EventBridge puts in its envelope. {@code detail} is
 * the producer's JSON object text, kept as sent.
 */
public record BusEvent(String id, String busName, String source, String detailType, String account, Instant time,
                       String region, List<String> resources, String detail) {

    private static final byte[] START = ascii("{\"version\":\"0\",\"id\":");
    private static final byte[] DETAIL_TYPE = ascii(",\"detail-type\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] ACCOUNT = ascii(",\"account\":");
    private static final byte[] TIME = ascii(",\"time\":");
    private static final byte[] REGION = ascii(",\"region\":");
    private static final byte[] RESOURCES = ascii(",\"resources\":[");
    private static final byte[] COMMA = ascii(",");
    private static final byte[] DETAIL = ascii("],\"detail\":");
    private static final byte[] END = ascii("}");

    public BusEvent {
        resources = List.copyOf(resources);
    }

    /**
     * The EventBridge envelope as UTF-8 JSON, as targets of the bus would receive it. Assembled from
     * bytes: the detail, most of an envelope, is copied with one vectorised encode instead of going
     * through a JSON generator character by character (profiled as up to 40% of a PutEvents request).
     */
    public byte[] envelope() {
        byte[] detailBytes = detail.getBytes(StandardCharsets.UTF_8);
        Bytes out = new Bytes(detailBytes.length + 256);
        out.raw(START).string(id)
                .raw(DETAIL_TYPE).string(detailType)
                .raw(SOURCE).string(source)
                .raw(ACCOUNT).string(account)
                .raw(TIME).string(DateTimeFormatter.ISO_INSTANT.format(time))
                .raw(REGION).string(region)
                .raw(RESOURCES);
        for (int i = 0; i < resources.size(); i++) {
            if (i > 0) {
                out.raw(COMMA);
            }
            out.string(resources.get(i));
        }
        return out.raw(DETAIL).raw(detailBytes).raw(END).toArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growing byte array for {@link #envelope()}. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        /** A JSON string: quoted, escaped as Jackson's generator escapes. */
        Bytes string(String text) {
            byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(text);
            ensure(escaped.length + 2);
            bytes[size++] = '"';
            System.arraycopy(escaped, 0, bytes, size, escaped.length);
            size += escaped.length;
            bytes[size++] = '"';
            return this;
        }

        Bytes raw(byte[] more) {
            ensure(more.length);
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
            return this;
        }

        byte[] toArray() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}

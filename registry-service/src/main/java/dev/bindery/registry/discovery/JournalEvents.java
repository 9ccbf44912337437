package dev.bindery.registry.discovery;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The framing of the events in one journal row: for each event its time (epoch milliseconds, 8
 * bytes), the length of its envelope (4 bytes) and the envelope's UTF-8 JSON. Raw events are what
 * a request already holds, so appending costs a copy; replay infers them again.
 */
final class JournalEvents {

    private static final int HEADER = Long.BYTES + Integer.BYTES;

    private JournalEvents() {}

    static byte[] encode(List<ObservedEvent> events) {
        ByteBuffer out = ByteBuffer.allocate(encodedSize(events));
        encode(events, out);
        return out.array();
    }

    static int encodedSize(List<ObservedEvent> events) {
        int size = 0;
        for (ObservedEvent event : events) {
            size += HEADER + event.envelope().length;
        }
        return size;
    }

    static void encode(List<ObservedEvent> events, ByteBuffer out) {
        for (ObservedEvent event : events) {
            out.putLong(event.time()).putInt(event.envelope().length).put(event.envelope());
        }
    }

    /** @throws IllegalStateException if the bytes are not a sequence of framed events */
    static List<ObservedEvent> decode(byte[] bytes) {
        return decode(ByteBuffer.wrap(bytes));
    }

    /** Decodes the remaining bytes of {@code in}. */
    static List<ObservedEvent> decode(ByteBuffer in) {
        List<ObservedEvent> events = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < HEADER) {
                throw new IllegalStateException("journal row ends inside an event's header");
            }
            long time = in.getLong();
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new IllegalStateException(
                        "journal row frames an event of " + length + " bytes with " + in.remaining() + " left");
            }
            byte[] envelope = new byte[length];
            in.get(envelope);
            events.add(new ObservedEvent(envelope, time));
        }
        return events;
    }
}

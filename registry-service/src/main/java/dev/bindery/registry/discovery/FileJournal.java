package dev.bindery.registry.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The discovery journal of the embedded store: append-only segment files in a directory beside
 * the database, which one process owns as it owns the database file. An H2 commit writes a new
 * chunk of its file (measured at 0.3–1 ms whatever the row's size), which made the journal table
 * the largest cost of a PutEvents request; here a group of requests costs one write call.
 *
 * <p>Durability is the embedded store's: when a request is answered its frames are in the
 * operating system's cache, so they survive {@code kill -9} of the process; with
 * {@code bindery.discovery.journal-sync} each append is also forced to the disk.
 *
 * <p>A frame is its payload's length, the payload's CRC-32C and the payload: sequence number,
 * time written, schema name, source, detail type and the events as {@link JournalEvents} frames
 * them. A merge raises the schema's watermark in the database in the merge's own transaction
 * ({@link JournalWatermarks}); start-up skips rows at or under their schema's watermark, so a row
 * is learned once even when the process dies between a merge and the deletion of the segment. A
 * segment is deleted once none of its rows waits to be merged. A torn last frame (a write cut
 * short by a power loss, never acknowledged) is cut off at start-up.
 *
 * <p>No other instance writes here, so there is nothing to adopt. Thread-safe: every method holds
 * the journal's lock ({@link JournalAppender} already lets one append run at a time).
 */
final class FileJournal implements DiscoveryJournal {

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
    /** Each segment starts with these bytes: the format and its version. */
    private static final byte[] MAGIC = "BINDJRN1".getBytes(StandardCharsets.US_ASCII);
    private static final int FRAME_HEADER = Integer.BYTES * 2;
    private static final String SUFFIX = ".seg";

    private final Path dir;
    private final String instanceId;
    private final JournalWatermarks watermarks;
    private final boolean sync;
    private final long segmentBytes;
    private final Object lock = new Object();

    // All guarded by lock.
    private boolean open;
    private String journalId;
    private final List<Segment> segments = new ArrayList<>();
    /** The segment appends go to; null until the next append when the last one was deleted. */
    private Segment current;
    /** Rows not merged yet, by sequence number, and again by schema. */
    private final NavigableMap<Long, Location> waiting = new TreeMap<>();
    private final Map<String, NavigableMap<Long, Location>> waitingBySchema = new HashMap<>();
    private long highestSeq;

    FileJournal(Path dir, String instanceId, JournalWatermarks watermarks, boolean sync, long segmentBytes) {
        this.dir = dir;
        this.instanceId = instanceId;
        this.watermarks = watermarks;
        this.sync = sync;
        this.segmentBytes = segmentBytes;
    }

    /** One segment file; its channel stays open while it has rows waiting. */
    private static final class Segment {
        final Path path;
        final FileChannel channel;
        long size;
        int waitingRows;

        Segment(Path path, FileChannel channel, long size) {
            this.path = path;
            this.channel = channel;
            this.size = size;
        }
    }

    /** Where a waiting row's frame is. */
    private record Location(Segment segment, long offset, int length, String schemaName) {
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public void insert(List<Entry> entries, long[] seqs) {
        long writtenAt = Instant.now().toEpochMilli();
        List<byte[]> names = new ArrayList<>(entries.size() * 3);
        int size = 0;
        for (Entry entry : entries) {
            byte[] schema = utf8(entry.schemaName());
            byte[] source = utf8(entry.source());
            byte[] detailType = utf8(entry.detailType());
            names.add(schema);
            names.add(source);
            names.add(detailType);
            size += FRAME_HEADER + payloadSize(schema, source, detailType, entry.events());
        }
        ByteBuffer frames = ByteBuffer.allocate(size);
        int[] lengths = new int[entries.size()];
        CRC32C crc = new CRC32C();
        for (int i = 0; i < entries.size(); i++) {
            int start = frames.position();
            frames.position(start + FRAME_HEADER);
            frames.putLong(seqs[i]).putLong(writtenAt);
            for (int n = 0; n < 3; n++) {
                byte[] name = names.get(i * 3 + n);
                frames.putInt(name.length).put(name);
            }
            JournalEvents.encode(entries.get(i).events(), frames);
            int payload = frames.position() - start - FRAME_HEADER;
            crc.reset();
            crc.update(frames.array(), start + FRAME_HEADER, payload);
            frames.putInt(start, payload).putInt(start + Integer.BYTES, (int) crc.getValue());
            lengths[i] = FRAME_HEADER + payload;
        }
        frames.flip();
        synchronized (lock) {
            ensureOpen();
            Segment segment = current != null && current.size < segmentBytes ? current : startSegment(seqs[0]);
            long offset = segment.size;
            write(segment, frames, offset);
            for (int i = 0; i < entries.size(); i++) {
                track(new Location(segment, offset, lengths[i], entries.get(i).schemaName()), seqs[i]);
                offset += lengths[i];
            }
            segment.size = offset;
            highestSeq = Math.max(highestSeq, seqs[seqs.length - 1]);
        }
    }

    /**
     * Counts the schema's waiting rows up to {@code upToSeq} and raises its watermark, in the merge's
     * transaction; the rows stop waiting when that commits ({@link #committed}).
     */
    @Override
    public int deleteCovered(String schemaName, long upToSeq) {
        int rows;
        String id;
        synchronized (lock) {
            ensureOpen();
            NavigableMap<Long, Location> schemaRows = waitingBySchema.get(schemaName);
            rows = schemaRows == null ? 0 : schemaRows.headMap(upToSeq, true).size();
            id = journalId;
        }
        watermarks.advance(id, schemaName, upToSeq);
        return rows;
    }

    @Override
    public void committed(String schemaName, long upToSeq) {
        synchronized (lock) {
            NavigableMap<Long, Location> schemaRows = waitingBySchema.get(schemaName);
            if (schemaRows == null) {
                return;
            }
            NavigableMap<Long, Location> merged = schemaRows.headMap(upToSeq, true);
            merged.forEach((seq, location) -> {
                waiting.remove(seq);
                location.segment().waitingRows--;
            });
            merged.clear();
            if (schemaRows.isEmpty()) {
                waitingBySchema.remove(schemaName);
            }
            deleteMergedSegments();
        }
    }

    @Override
    public List<Row> ownRows(long afterSeq, long upToSeq, int limit) {
        synchronized (lock) {
            ensureOpen();
            if (afterSeq >= upToSeq) {
                return List.of();
            }
            return read(waiting.subMap(afterSeq, false, upToSeq, true), limit);
        }
    }

    @Override
    public List<Row> ownRows(String schemaName, long upToSeq) {
        synchronized (lock) {
            ensureOpen();
            NavigableMap<Long, Location> schemaRows = waitingBySchema.get(schemaName);
            return schemaRows == null ? List.of() : read(schemaRows.headMap(upToSeq, true), Integer.MAX_VALUE);
        }
    }

    /** Only this process writes the directory: there are never rows of other instances. */
    @Override
    public List<Row> lockAbandoned(Instant cutoff, int limit) {
        return List.of();
    }

    @Override
    public void delete(List<Row> rows) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("a file journal holds no rows of other instances to delete");
        }
    }

    @Override
    public long maxSeq() {
        synchronized (lock) {
            ensureOpen();
            return highestSeq;
        }
    }

    /** Closes the segment files; a later call opens the directory again. */
    @Override
    public void close() {
        synchronized (lock) {
            for (Segment segment : segments) {
                closeQuietly(segment);
            }
            segments.clear();
            waiting.clear();
            waitingBySchema.clear();
            current = null;
            open = false;
        }
    }

    /** Opens the directory: reads its segments and indexes the rows whose schema's watermark is below them. */
    private void ensureOpen() {
        if (open) {
            return;
        }
        try {
            Files.createDirectories(dir);
            journalId = journalId();
            Map<String, Long> merged = watermarks.all(journalId);
            highestSeq = merged.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Path> files;
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            }
            for (Path file : files) {
                Segment segment = new Segment(file, FileChannel.open(file, StandardOpenOption.READ,
                        StandardOpenOption.WRITE), 0);
                segments.add(segment);
                scan(segment, merged);
            }
            current = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            open = true;
            deleteMergedSegments();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot open the discovery journal in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The journal's identity, which keys its watermarks: created with the directory. */
    private String journalId() throws IOException {
        Path idFile = dir.resolve("journal.id");
        if (Files.exists(idFile)) {
            return Files.readString(idFile, StandardCharsets.US_ASCII).trim();
        }
        String id = UUID.randomUUID().toString();
        Path draft = dir.resolve("journal.id.new");
        Files.writeString(draft, id, StandardCharsets.US_ASCII);
        Files.move(draft, idFile, StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    /** Indexes a segment's frames; cuts off a torn or corrupt tail. */
    private void scan(Segment segment, Map<String, Long> merged) throws IOException {
        long fileSize = segment.channel.size();
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        readFully(segment.channel, magic, 0);
        if (magic.position() == MAGIC.length && !Arrays.equals(magic.array(), MAGIC)) {
            throw new IOException(segment.path + " is not a Bindery discovery journal segment");
        }
        if (magic.position() < MAGIC.length) {
            segment.channel.truncate(0);
            segment.size = 0; // created, never written: deleted below as empty
            return;
        }
        long offset = MAGIC.length;
        ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER);
        CRC32C crc = new CRC32C();
        while (offset < fileSize) {
            header.clear();
            readFully(segment.channel, header, offset);
            int length = header.position() == FRAME_HEADER ? header.getInt(0) : -1;
            ByteBuffer payload = length > 0 && offset + FRAME_HEADER + length <= fileSize
                    ? ByteBuffer.allocate(length) : null;
            if (payload != null) {
                readFully(segment.channel, payload, offset + FRAME_HEADER);
                crc.reset();
                crc.update(payload.array(), 0, length);
            }
            if (payload == null || (int) crc.getValue() != header.getInt(Integer.BYTES)) {
                LOG.warn("Discovery journal segment {} ends in an incomplete frame at byte {} of {}; cutting it off "
                        + "(a write interrupted before its request was answered)", segment.path, offset, fileSize);
                segment.channel.truncate(offset);
                break;
            }
            payload.flip();
            long seq = payload.getLong();
            payload.getLong(); // written at
            String schemaName = string(payload);
            highestSeq = Math.max(highestSeq, seq);
            if (seq > merged.getOrDefault(schemaName, 0L)) {
                track(new Location(segment, offset, FRAME_HEADER + length, schemaName), seq);
            }
            offset += FRAME_HEADER + length;
        }
        segment.size = offset;
    }

    private Segment startSegment(long firstSeq) {
        Path path = dir.resolve(String.format("%020d%s", firstSeq, SUFFIX));
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Segment segment = new Segment(path, channel, 0);
            write(segment, ByteBuffer.wrap(MAGIC), 0);
            segment.size = MAGIC.length;
            segments.add(segment);
            current = segment;
            return segment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create discovery journal segment " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes all of {@code bytes} at {@code offset}; on failure cuts the segment back, so no partial frame stays. */
    private void write(Segment segment, ByteBuffer bytes, long offset) {
        try {
            long position = offset;
            while (bytes.hasRemaining()) {
                position += segment.channel.write(bytes, position);
            }
            if (sync) {
                segment.channel.force(false);
            }
        } catch (IOException e) {
            try {
                segment.channel.truncate(offset);
            } catch (IOException ignored) {
                // the next start-up cuts off the partial frame by its checksum
            }
            throw new UncheckedIOException("cannot append to discovery journal segment " + segment.path + ": "
                    + e.getMessage(), e);
        }
    }

    private void track(Location location, long seq) {
        waiting.put(seq, location);
        waitingBySchema.computeIfAbsent(location.schemaName(), k -> new TreeMap<>()).put(seq, location);
        location.segment().waitingRows++;
    }

    /** Deletes every segment with no row waiting; appends then start a new one. */
    private void deleteMergedSegments() {
        for (Iterator<Segment> it = segments.iterator(); it.hasNext(); ) {
            Segment segment = it.next();
            if (segment.waitingRows > 0) {
                continue;
            }
            closeQuietly(segment);
            try {
                Files.deleteIfExists(segment.path);
            } catch (IOException e) {
                LOG.warn("Merged discovery journal segment {} was not deleted: {}", segment.path, e.toString());
            }
            it.remove();
            if (segment == current) {
                current = null;
            }
        }
    }

    private List<Row> read(NavigableMap<Long, Location> rows, int limit) {
        List<Row> out = new ArrayList<>(Math.min(rows.size(), limit));
        for (Location location : rows.values()) {
            if (out.size() == limit) {
                break;
            }
            out.add(read(location));
        }
        return out;
    }

    private Row read(Location location) {
        ByteBuffer frame = ByteBuffer.allocate(location.length());
        try {
            readFully(location.segment().channel, frame, location.offset());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read discovery journal segment " + location.segment().path, e);
        }
        frame.position(FRAME_HEADER);
        long seq = frame.getLong();
        Instant writtenAt = Instant.ofEpochMilli(frame.getLong());
        String schemaName = string(frame);
        String source = string(frame);
        String detailType = string(frame);
        return new Row(instanceId, seq, schemaName, source, detailType, JournalEvents.decode(frame), writtenAt);
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long offset) throws IOException {
        long position = offset;
        while (into.hasRemaining()) {
            int read = channel.read(into, position);
            if (read < 0) {
                return;
            }
            position += read;
        }
    }

    private static int payloadSize(byte[] schema, byte[] source, byte[] detailType, List<ObservedEvent> events) {
        return Long.BYTES * 2 + Integer.BYTES * 3 + schema.length + source.length + detailType.length
                + JournalEvents.encodedSize(events);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String string(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Segment segment) {
        try {
            segment.channel.close();
        } catch (IOException e) {
            LOG.debug("closing {}: {}", segment.path, e.toString());
        }
    }
}

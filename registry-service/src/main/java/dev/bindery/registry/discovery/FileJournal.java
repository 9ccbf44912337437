package dev.bindery.registry.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
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
 * The discovery journal of the embedded store: append-only segment files ({@link JournalSegment}) in
 * a directory beside the database, which one process owns as it owns the database file. An H2
 * commit writes a new chunk of its file (measured at 0.3–1 ms whatever the row's size), which made
 * the journal table the largest cost of a PutEvents request; here a group of requests costs one
 * write call. Durability is the embedded store's: when a request is answered its frames are in the
 * operating system's cache, which survives {@code kill -9} of the process (not a power loss; the
 * store does not force its own commits to the disk either).
 *
 * <p>A frame's payload is the row's sequence number, time written, schema name, source, detail type
 * and its events as {@link JournalEvents} frames them. A merge raises the schema's watermark in the
 * database in the merge's own transaction ({@link JournalWatermarks}) and counts only rows above the
 * watermark stored there, so a row is merged once even when the process dies between a merge and the
 * deletion of its segment, or a merge whose commit was reported failed went through. A segment is
 * deleted once none of its rows waits to be merged.
 *
 * <p>No other instance writes here, so there is nothing to adopt. Thread-safe: the index and the
 * files are only touched under the journal's lock (frames are encoded before taking it, and the
 * database is read outside it).
 */
final class FileJournal implements DiscoveryJournal {

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);

    private final Path dir;
    private final String instanceId;
    private final JournalWatermarks watermarks;
    private final long segmentBytes;
    private final Object lock = new Object();

    // All guarded by lock.
    private boolean open;
    private String journalId;
    private final List<JournalSegment> segments = new ArrayList<>();
    /** The segment appends go to; null until the next append when the last one was deleted. */
    private JournalSegment current;
    /** Rows not merged yet, by sequence number, and again by schema. */
    private final NavigableMap<Long, Location> waiting = new TreeMap<>();

    private final Map<String, NavigableMap<Long, Location>> waitingBySchema = new HashMap<>();
    private long highestSeq;

    FileJournal(Path dir, String instanceId, JournalWatermarks watermarks, long segmentBytes) {
        this.dir = dir;
        this.instanceId = instanceId;
        this.watermarks = watermarks;
        this.segmentBytes = segmentBytes;
    }

    /** Where a waiting row's frame is. */
    private record Location(JournalSegment segment, long offset, int length, String schemaName) {}

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public void insert(List<Entry> entries, long[] seqs) {
        if (entries.isEmpty()) {
            return;
        }
        long writtenAt = Instant.now().toEpochMilli();
        List<ByteBuffer> encoded = new ArrayList<>(entries.size());
        int size = 0;
        for (int i = 0; i < entries.size(); i++) {
            ByteBuffer frame = frame(entries.get(i), seqs[i], writtenAt);
            encoded.add(frame);
            size += frame.limit();
        }
        ByteBuffer frames = ByteBuffer.allocate(size);
        encoded.forEach(frames::put);
        frames.flip();
        synchronized (lock) {
            ensureOpen();
            JournalSegment segment = current != null && current.size() < segmentBytes ? current : startSegment(seqs[0]);
            long offset;
            try {
                offset = segment.append(frames);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot append to discovery journal segment " + segment.path + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < entries.size(); i++) {
                int length = encoded.get(i).limit();
                track(new Location(segment, offset, length, entries.get(i).schemaName()), seqs[i]);
                offset += length;
            }
            highestSeq = Math.max(highestSeq, seqs[seqs.length - 1]);
        }
    }

    /**
     * In the merge's transaction: counts the schema's waiting rows above its stored watermark up to
     * {@code upToSeq}, and raises the watermark; the rows stop waiting when that commits
     * ({@link #committed}).
     */
    @Override
    public int retireCovered(String schemaName, long upToSeq) {
        String id = id();
        long merged = watermarks.lockCurrent(id, schemaName);
        int rows;
        synchronized (lock) {
            NavigableMap<Long, Location> schemaRows = waitingBySchema.get(schemaName);
            rows = schemaRows == null || merged >= upToSeq
                    ? 0
                    : schemaRows.subMap(merged, false, upToSeq, true).size();
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
            return afterSeq >= upToSeq ? List.of() : read(waiting.subMap(afterSeq, false, upToSeq, true), limit);
        }
    }

    /** The schema's waiting rows above its stored watermark, up to {@code upToSeq}. */
    @Override
    public List<Row> ownRows(String schemaName, long upToSeq) {
        long merged = watermarks.all(id()).getOrDefault(schemaName, 0L);
        synchronized (lock) {
            NavigableMap<Long, Location> schemaRows = waitingBySchema.get(schemaName);
            return schemaRows == null || merged >= upToSeq
                    ? List.of()
                    : read(schemaRows.subMap(merged, false, upToSeq, true), Integer.MAX_VALUE);
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
            segments.forEach(JournalSegment::close);
            segments.clear();
            waiting.clear();
            waitingBySchema.clear();
            current = null;
            open = false;
        }
    }

    private String id() {
        synchronized (lock) {
            ensureOpen();
            return journalId;
        }
    }

    /**
     * Opens the directory: reads its segments and indexes the rows above their schema's watermark.
     * Leaves nothing half-open when it fails.
     */
    private void ensureOpen() {
        if (open) {
            return;
        }
        try {
            Files.createDirectories(dir);
            journalId = journalId();
            Map<String, Long> merged = watermarks.all(journalId);
            highestSeq =
                    merged.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Path> files;
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(JournalSegment.SUFFIX))
                        .sorted()
                        .toList();
            }
            for (int i = 0; i < files.size(); i++) {
                JournalSegment segment = JournalSegment.open(files.get(i));
                segments.add(segment);
                for (JournalSegment.Frame frame : segment.scan(i == files.size() - 1)) {
                    highestSeq = Math.max(highestSeq, frame.seq());
                    if (frame.seq() > merged.getOrDefault(frame.schemaName(), 0L)) {
                        track(new Location(segment, frame.offset(), frame.length(), frame.schemaName()), frame.seq());
                    }
                }
            }
            current = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            open = true;
            deleteMergedSegments();
        } catch (IOException | RuntimeException e) {
            close();
            throw new UncheckedIOException(
                    "cannot open the discovery journal in " + dir + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The journal's identity, which keys its watermarks: created with the directory. */
    private String journalId() throws IOException {
        Path idFile = dir.resolve("journal.id");
        if (Files.exists(idFile)) {
            String id = Files.readString(idFile, StandardCharsets.US_ASCII).trim();
            try {
                return UUID.fromString(id).toString();
            } catch (IllegalArgumentException e) {
                throw new IOException(idFile + " does not hold a journal id: '" + id + "'");
            }
        }
        String id = UUID.randomUUID().toString();
        Path draft = dir.resolve("journal.id.new");
        Files.writeString(draft, id, StandardCharsets.US_ASCII);
        Files.move(draft, idFile, StandardCopyOption.ATOMIC_MOVE);
        if (watermarks.hasOtherJournals(id)) {
            LOG.warn(
                    "Started a new discovery journal in {}, but the database has merged rows of another journal: "
                            + "if this registry kept its journal elsewhere before (bindery.discovery.journal-dir, "
                            + "bindery.data-dir), events acknowledged there and not merged yet are not learned",
                    dir);
        }
        return id;
    }

    private JournalSegment startSegment(long firstSeq) {
        try {
            JournalSegment segment = JournalSegment.create(dir, firstSeq);
            segments.add(segment);
            current = segment;
            return segment;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create a discovery journal segment in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void track(Location location, long seq) {
        waiting.put(seq, location);
        waitingBySchema
                .computeIfAbsent(location.schemaName(), k -> new TreeMap<>())
                .put(seq, location);
        location.segment().waitingRows++;
    }

    /** Deletes every segment with no row waiting; appends then start a new one. */
    private void deleteMergedSegments() {
        for (Iterator<JournalSegment> it = segments.iterator(); it.hasNext(); ) {
            JournalSegment segment = it.next();
            if (segment.waitingRows > 0) {
                continue;
            }
            try {
                segment.delete();
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
        ByteBuffer frame;
        try {
            frame = location.segment().read(location.offset(), location.length());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read discovery journal segment " + location.segment().path, e);
        }
        frame.position(JournalSegment.FRAME_HEADER);
        long seq = frame.getLong();
        Instant writtenAt = Instant.ofEpochMilli(frame.getLong());
        String schemaName = string(frame);
        String source = string(frame);
        String detailType = string(frame);
        return new Row(instanceId, seq, schemaName, source, detailType, JournalEvents.decode(frame), writtenAt);
    }

    /** One row's frame: header (payload length, CRC-32C) and payload. */
    private static ByteBuffer frame(Entry entry, long seq, long writtenAt) {
        byte[] schema = utf8(entry.schemaName());
        byte[] source = utf8(entry.source());
        byte[] detailType = utf8(entry.detailType());
        int payload = Long.BYTES * 2
                + Integer.BYTES * 3
                + schema.length
                + source.length
                + detailType.length
                + JournalEvents.encodedSize(entry.events());
        ByteBuffer frame = ByteBuffer.allocate(JournalSegment.FRAME_HEADER + payload);
        frame.position(JournalSegment.FRAME_HEADER);
        frame.putLong(seq).putLong(writtenAt);
        frame.putInt(schema.length)
                .put(schema)
                .putInt(source.length)
                .put(source)
                .putInt(detailType.length)
                .put(detailType);
        JournalEvents.encode(entry.events(), frame);
        CRC32C crc = new CRC32C();
        crc.update(frame.array(), JournalSegment.FRAME_HEADER, payload);
        frame.putInt(0, payload).putInt(Integer.BYTES, (int) crc.getValue());
        return frame.flip();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A length-prefixed UTF-8 string of a frame's payload. */
    static String string(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

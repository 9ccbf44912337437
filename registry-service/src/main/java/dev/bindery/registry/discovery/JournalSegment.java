package dev.bindery.registry.discovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One segment file of the {@link FileJournal}: a format marker, then frames appended at the end, each
 * its payload's length, the payload's CRC-32C and the payload (which starts with the row's sequence
 * number, time written and schema name). Not thread-safe: the journal holds its lock around every call.
 *
 * <p>The channel is reopened when it was closed under a call (an interrupted thread closes a
 * {@link FileChannel}), and a failed append is cut back before the next one, so one failure never
 * leaves the segment unusable or a partial frame between whole ones.
 */
final class JournalSegment {

    static final String SUFFIX = ".seg";
    static final int FRAME_HEADER = Integer.BYTES * 2;
    private static final Logger LOG = LoggerFactory.getLogger(JournalSegment.class);
    private static final byte[] MAGIC = "BINDJRN1".getBytes(StandardCharsets.US_ASCII);

    /** A frame found by {@link #scan}. */
    record Frame(long offset, int length, long seq, String schemaName) {}

    final Path path;
    private FileChannel channel;
    /** Where the last whole frame ends: appends go here. */
    private long size;
    /** Whether bytes of a failed append may lie past {@link #size}. */
    private boolean dirtyTail;
    /** Rows of this segment not merged yet; kept by the journal. */
    int waitingRows;

    private JournalSegment(Path path, FileChannel channel, long size) {
        this.path = path;
        this.channel = channel;
        this.size = size;
    }

    /** A new, empty segment named after the first sequence number it will hold. */
    static JournalSegment create(Path dir, long firstSeq) throws IOException {
        Path path = dir.resolve(String.format("%020d%s", firstSeq, SUFFIX));
        FileChannel channel = FileChannel.open(
                path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            writeFully(channel, ByteBuffer.wrap(MAGIC), 0);
        } catch (IOException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
        return new JournalSegment(path, channel, MAGIC.length);
    }

    /** An existing segment; {@link #scan} finds where its frames end. */
    static JournalSegment open(Path path) throws IOException {
        return new JournalSegment(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE), 0);
    }

    long size() {
        return size;
    }

    /**
     * Reads the frames. A frame that fails its length or checksum ends the scan: at the end of the
     * newest segment it is a write cut short before its request was answered, and is cut off; in an
     * older segment it is damage, so the file is copied aside for inspection, logged as an error,
     * and the frames before it are kept.
     *
     * @throws IOException when the file is not a journal segment
     */
    List<Frame> scan(boolean newest) throws IOException {
        long fileSize = channel().size();
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        readFully(channel(), magic, 0);
        if (magic.position() < MAGIC.length) {
            channel().truncate(0); // created, never written
            return List.of();
        }
        if (!Arrays.equals(magic.array(), MAGIC)) {
            throw new IOException(path + " is not a Bindery discovery journal segment");
        }
        List<Frame> frames = new ArrayList<>();
        long offset = MAGIC.length;
        ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER);
        CRC32C crc = new CRC32C();
        while (offset < fileSize) {
            header.clear();
            readFully(channel(), header, offset);
            int length = header.position() == FRAME_HEADER ? header.getInt(0) : -1;
            ByteBuffer payload =
                    length > 0 && offset + FRAME_HEADER + length <= fileSize ? ByteBuffer.allocate(length) : null;
            if (payload != null) {
                readFully(channel(), payload, offset + FRAME_HEADER);
                crc.reset();
                crc.update(payload.array(), 0, length);
            }
            if (payload == null || (int) crc.getValue() != header.getInt(Integer.BYTES)) {
                badFrame(newest, offset, fileSize);
                break;
            }
            payload.flip();
            long seq = payload.getLong();
            payload.getLong(); // written at
            frames.add(new Frame(offset, FRAME_HEADER + length, seq, FileJournal.string(payload)));
            offset += FRAME_HEADER + length;
        }
        size = offset;
        return frames;
    }

    private void badFrame(boolean newest, long offset, long fileSize) throws IOException {
        if (newest) {
            LOG.warn(
                    "Discovery journal segment {} ends in an incomplete frame at byte {} of {}; cutting it off "
                            + "(a write interrupted before its request was answered)",
                    path,
                    offset,
                    fileSize);
            channel().truncate(offset);
            return;
        }
        Path copy = path.resolveSibling(path.getFileName() + ".damaged");
        Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        LOG.error(
                "Discovery journal segment {} is damaged at byte {} of {}: the rows after it cannot be read and "
                        + "are not learned; the file is copied to {}",
                path,
                offset,
                fileSize,
                copy);
    }

    /** Appends whole frames at the end; returns where they start. On failure nothing counts as written. */
    long append(ByteBuffer frames) throws IOException {
        long start = size;
        if (dirtyTail) {
            channel().truncate(start);
            dirtyTail = false;
        }
        try {
            writeFully(channel(), frames, start);
        } catch (IOException e) {
            dirtyTail = true; // cut back before the next append, or by its checksum at the next start-up
            throw e;
        }
        size = start + frames.limit();
        return start;
    }

    ByteBuffer read(long offset, int length) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(length);
        readFully(channel(), frame, offset);
        if (frame.hasRemaining()) {
            throw new IOException(path + " ends inside the frame at byte " + offset);
        }
        return frame.flip();
    }

    void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("closing {}: {}", path, e.toString());
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(path);
    }

    /** The open channel, reopened if a call closed it. */
    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        return channel;
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes, long offset) throws IOException {
        long position = offset;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
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
}

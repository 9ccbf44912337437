package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file journal's files, driven directly against the real H2 store's watermarks: what survives a
 * process that dies at each point, damaged and torn frames, and a channel closed by an interrupt.
 * "Restarting" opens a second journal on the same directory.
 */
class FileJournalFilesTest {

    @TempDir
    Path data;

    private ApplicationContext registry;
    private JournalWatermarks watermarks;
    private TransactionOperations<?> transactions;
    private Path dir;

    @BeforeEach
    void start() {
        registry = ApplicationContext.builder()
                .properties(Map.of(
                        "bindery.data-dir",
                        data.toString(),
                        "bindery.discovery.flush-interval",
                        "1h",
                        "bindery.discovery.adopt-check-interval",
                        "1h"))
                .environments("test")
                .start();
        watermarks = registry.getBean(JournalWatermarks.class);
        transactions = registry.getBean(TransactionOperations.class);
        dir = data.resolve("journal-under-test");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void aProcessThatDiesAfterMergingOneSchemaOfASegmentReplaysOnlyTheOther() {
        FileJournal first = journal();
        first.insert(List.of(entry("A"), entry("B")), new long[] {1, 2});
        first.insert(List.of(entry("A")), new long[] {3});
        assertThat(retire(first, "A", 3)).isEqualTo(2);
        first.close(); // died before committed(): the segment is still there

        FileJournal second = journal();
        assertThat(second.ownRows(0, 10, 10))
                .extracting(DiscoveryJournal.Row::seq)
                .containsExactly(2L);
        assertThat(second.maxSeq()).isEqualTo(3);
        assertThat(retire(second, "A", 3)).as("A's rows are merged already").isZero();
    }

    @Test
    void aMergeThatCommittedWhileItsRowsStillWaitCountsThemOnce() {
        FileJournal journal = journal();
        journal.insert(List.of(entry("A"), entry("A")), new long[] {1, 2});
        assertThat(retire(journal, "A", 2)).isEqualTo(2);
        // the commit went through, but its caller was told it failed and never called committed()
        assertThat(retire(journal, "A", 2)).isZero();
        assertThat(journal.ownRows("A", 2)).isEmpty();
    }

    @Test
    void mergedSegmentsAreDeletedAndSequenceNumbersGoOn() throws Exception {
        FileJournal journal = journal();
        journal.insert(List.of(entry("A")), new long[] {1});
        retire(journal, "A", 1);
        journal.committed("A", 1);
        assertThat(segments()).isEmpty();
        journal.close();
        assertThat(journal().maxSeq()).isEqualTo(1);
    }

    @Test
    void aTornLastFrameIsCutOffWhetherItsHeaderOrItsChecksumIsBad() throws Exception {
        for (byte[] torn : List.of(new byte[] {0, 0, 0}, new byte[] {0, 0, 0, 4, 1, 2, 3, 4, 9, 9, 9, 9})) {
            FileJournal first = journal();
            long seq = first.maxSeq() + 1;
            first.insert(List.of(entry("T")), new long[] {seq});
            first.close();
            Path newest = segments().get(segments().size() - 1);
            long intact = Files.size(newest);
            Files.write(newest, torn, StandardOpenOption.APPEND);

            FileJournal second = journal();
            assertThat(second.ownRows(seq - 1, seq, 10))
                    .extracting(DiscoveryJournal.Row::seq)
                    .containsExactly(seq);
            assertThat(Files.size(newest)).isEqualTo(intact);
            second.insert(List.of(entry("T")), new long[] {seq + 1});
            assertThat(second.ownRows(seq, seq + 1, 10)).hasSize(1);
            second.close();
        }
    }

    @Test
    void aDamagedOlderSegmentKeepsItsIntactFramesAndACopy() throws Exception {
        FileJournal first = new FileJournal(dir, "test", watermarks, 1); // every append starts a segment
        first.insert(List.of(entry("D")), new long[] {1});
        first.insert(List.of(entry("D")), new long[] {2});
        first.insert(List.of(entry("D")), new long[] {3});
        first.close();
        Path middle = segments().get(1);
        byte[] bytes = Files.readAllBytes(middle);
        bytes[bytes.length - 1] ^= 1; // a flipped bit in the payload: its checksum fails
        Files.write(middle, bytes);

        FileJournal second = journal();
        assertThat(second.ownRows(0, 10, 10))
                .extracting(DiscoveryJournal.Row::seq)
                .containsExactly(1L, 3L);
        assertThat(middle.resolveSibling(middle.getFileName() + ".damaged")).exists();
    }

    @Test
    void aChannelClosedByAnInterruptedAppendIsReopenedByTheNextCall() {
        FileJournal journal = journal();
        journal.insert(List.of(entry("I")), new long[] {1});
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> journal.insert(List.of(entry("I")), new long[] {2}))
                    .isInstanceOf(UncheckedIOException.class);
        } finally {
            Thread.interrupted();
        }
        journal.insert(List.of(entry("I")), new long[] {3});
        assertThat(journal.ownRows(0, 10, 10))
                .extracting(DiscoveryJournal.Row::seq)
                .containsExactly(1L, 3L);
        journal.close();
        assertThat(journal().ownRows(0, 10, 10))
                .extracting(DiscoveryJournal.Row::seq)
                .containsExactly(1L, 3L);
    }

    private FileJournal journal() {
        return new FileJournal(dir, "test", watermarks, 64L * 1024 * 1024);
    }

    private int retire(FileJournal journal, String schemaName, long upToSeq) {
        return transactions.executeWrite(status -> journal.retireCovered(schemaName, upToSeq));
    }

    private List<Path> segments() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).sorted().toList();
        }
    }

    private static DiscoveryJournal.Entry entry(String schemaName) {
        byte[] envelope = ("{\"detail-type\":\"d\",\"source\":\"s\",\"detail\":{\"schema\":\"" + schemaName + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        return new DiscoveryJournal.Entry(schemaName, "s", "d", List.of(new ObservedEvent(envelope, 1L)));
    }
}

package dev.bindery.registry.discovery;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends to the discovery journal with group commit: a request that finds no append under way
 * writes its own entries and those of every request that queued meanwhile, in one transaction;
 * the others wait for that commit. Each request still returns only once its entries are
 * committed, and a database that commits slowly gets fewer, larger transactions instead of a queue.
 *
 * <p>Also numbers the rows: sequence numbers of this instance continue after the highest one in the
 * journal, so they are never reused across restarts.
 */
@Singleton
class JournalAppender {

    private final DiscoveryJournal journal;
    private final Object lock = new Object();
    /** Requests waiting for the next transaction; guarded by {@link #lock}. */
    private List<Pending> waiting = new ArrayList<>();
    /** Whether a transaction is under way; guarded by {@link #lock}. */
    private boolean writing;
    /** The last sequence number handed out; used only by the request that writes. */
    private long lastSeq = -1;

    JournalAppender(DiscoveryJournal journal) {
        this.journal = journal;
    }

    /** One request's entries and what became of them. */
    private static final class Pending {
        final List<DiscoveryJournal.Entry> entries;
        long[] seqs;
        RuntimeException failure;
        boolean done;

        Pending(List<DiscoveryJournal.Entry> entries) {
            this.entries = entries;
        }
    }

    /** Appends the entries; returns their sequence numbers once they are committed. */
    long[] append(List<DiscoveryJournal.Entry> entries) {
        Pending mine = new Pending(entries);
        List<Pending> batch;
        synchronized (lock) {
            waiting.add(mine);
            while (writing && !mine.done) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DataAccessException("interrupted while waiting for the discovery journal", e);
                }
            }
            if (mine.done) {
                return result(mine, false);
            }
            writing = true;
            batch = waiting;
            waiting = new ArrayList<>();
        }
        try {
            write(batch);
        } finally {
            synchronized (lock) {
                batch.forEach(pending -> pending.done = true);
                writing = false;
                lock.notifyAll();
            }
        }
        return result(mine, true);
    }

    private void write(List<Pending> batch) {
        try {
            if (lastSeq < 0) {
                lastSeq = journal.maxSeq();
            }
            List<DiscoveryJournal.Entry> entries = new ArrayList<>();
            long[] seqs =
                    new long[batch.stream().mapToInt(p -> p.entries.size()).sum()];
            for (Pending pending : batch) {
                pending.seqs = new long[pending.entries.size()];
                for (int i = 0; i < pending.seqs.length; i++) {
                    pending.seqs[i] = ++lastSeq;
                    seqs[entries.size()] = lastSeq;
                    entries.add(pending.entries.get(i));
                }
            }
            journal.insert(entries, seqs);
        } catch (RuntimeException e) {
            batch.forEach(pending -> pending.failure = e);
        }
    }

    private static long[] result(Pending pending, boolean wrote) {
        if (pending.failure != null) {
            throw wrote
                    ? pending.failure
                    : new DataAccessException(
                            "the discovery journal append failed: " + pending.failure.getMessage(), pending.failure);
        }
        return pending.seqs;
    }
}

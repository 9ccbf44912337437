package dev.bindery.registry.ingest;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the deliveries of concurrent API-destination requests in one transaction (a group commit).
 * On the embedded store every committed write stores H2's file under one lock, so a transaction per
 * request made the requests queue for that lock. A request still returns only once the transaction
 * holding its deliveries committed, so an answered id is remembered as before; the first waiting
 * request writes the group, the others wait for it. When a group's transaction fails, each request's
 * deliveries are written alone, so one request's failure does not cost the others their record.
 */
@Singleton
class DeliveryRecorder {

    private final DeliveredEvents delivered;
    private final Object lock = new Object();
    /** Requests waiting for a transaction; guarded by {@link #lock}. */
    private List<Pending> waiting = new ArrayList<>();
    /** Whether a group is being written; guarded by {@link #lock}. */
    private boolean writing;

    DeliveryRecorder(DeliveredEvents delivered) {
        this.delivered = delivered;
    }

    /** One request's deliveries and what became of them; its fields are guarded by the recorder's lock. */
    private static final class Pending {
        final List<DeliveredEvents.Delivery> deliveries;
        boolean done;
        RuntimeException failure;

        Pending(List<DeliveredEvents.Delivery> deliveries) {
            this.deliveries = deliveries;
        }
    }

    /**
     * Records the deliveries, with those of the requests waiting meanwhile, and returns once they are
     * committed.
     *
     * @throws RuntimeException what the write of this request's deliveries failed with
     */
    void record(List<DeliveredEvents.Delivery> deliveries) {
        Pending mine = new Pending(List.copyOf(deliveries));
        List<Pending> group;
        boolean interrupted = false;
        synchronized (lock) {
            waiting.add(mine);
            while (writing && !mine.done) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the deliveries are queued: wait for their outcome all the same
                }
            }
            if (!mine.done) {
                writing = true;
                group = waiting;
                waiting = new ArrayList<>();
            } else {
                group = null;
            }
        }
        if (group != null) {
            boolean finished = false;
            try {
                write(group);
                finished = true;
            } finally {
                synchronized (lock) {
                    for (Pending pending : group) {
                        if (!finished && pending.failure == null) {
                            pending.failure = new IllegalStateException("the group's write did not finish");
                        }
                        pending.done = true;
                    }
                    writing = false;
                    lock.notifyAll();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            if (mine.failure != null) {
                throw mine.failure;
            }
        }
    }

    private void write(List<Pending> group) {
        List<DeliveredEvents.Delivery> all = new ArrayList<>();
        group.forEach(pending -> all.addAll(pending.deliveries));
        try {
            delivered.record(all);
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                fail(group.get(0), e);
                return;
            }
            for (Pending pending : group) {
                try {
                    delivered.record(pending.deliveries);
                } catch (RuntimeException alone) {
                    fail(pending, alone);
                }
            }
        }
    }

    private void fail(Pending pending, RuntimeException failure) {
        synchronized (lock) {
            pending.failure = failure;
        }
    }
}

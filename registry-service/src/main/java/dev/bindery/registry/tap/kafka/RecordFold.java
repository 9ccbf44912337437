package dev.bindery.registry.tap.kafka;

import dev.bindery.registry.discovery.LogDiscovery;
import dev.bindery.registry.ingest.EntryResult;
import dev.bindery.registry.ingest.EntryRules;
import dev.bindery.registry.ingest.IncomingEvent;
import dev.bindery.registry.ingest.LogRecords;
import dev.bindery.registry.ingest.Received;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * How one record is read, checked and folded into a batch. Holds no state of its own, so the fold
 * workers share one.
 */
final class RecordFold implements FoldWorkers.Folder {

    private final LogRecords records;
    private final EntryRules rules;
    private final LogDiscovery discovery;

    RecordFold(LogRecords records, EntryRules rules, LogDiscovery discovery) {
        this.records = records;
        this.rules = rules;
        this.discovery = discovery;
    }

    @Override
    public LogDiscovery.Batch newBatch() {
        return discovery.newBatch();
    }

    /**
     * Folds the record into {@code batch}; returns why it is refused, or {@code null} when it was learned
     * from (or its bus is not discovered). A raw object takes the quick way, where the fold is the only
     * full reading of the value; what that refuses (the fold rolled back), and any record of a bus not
     * discovered (no fold checks it), is read again the full way, which names the problem as every door
     * does.
     */
    @Override
    public @Nullable String refusal(ConsumerRecord<byte[], byte[]> record, LogDiscovery.Batch batch) {
        Map<String, byte[]> headers = headers(record);
        // An event without a time of its own takes the record's.
        Instant time = record.timestamp() >= 0
                ? Instant.ofEpochMilli(record.timestamp())
                : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IncomingEvent quick = records.quick(record.topic(), record.value(), headers);
        if (quick != null) {
            EntryRules.Checked checked = rules.check(quick, time);
            if (checked.failure() == null && discovery.foldUnchecked(batch, checked.event())) {
                return null;
            }
        }
        Received received = records.read(record.topic(), record.value(), headers);
        if (received.refusal() != null) {
            return reason(received.refusal());
        }
        EntryRules.Checked checked = rules.check(received.event(), time);
        if (checked.failure() != null) {
            return reason(checked.failure());
        }
        if (received.event().detailReading() == IncomingEvent.DetailReading.FOLD) { // an envelope's quick way
            if (discovery.foldUnchecked(batch, checked.event())) {
                return null;
            }
            EntryResult refusal = EntryRules.detailRefusal(checked.event().detail());
            if (refusal != null) {
                return reason(refusal);
            }
        }
        return discovery.fold(batch, checked.event());
    }

    private static String reason(EntryResult failure) {
        return failure.errorCode() + ": " + failure.errorMessage();
    }

    private static Map<String, byte[]> headers(ConsumerRecord<byte[], byte[]> record) {
        Header[] all = record.headers().toArray();
        if (all.length == 0) {
            return Map.of();
        }
        Map<String, byte[]> byName = new HashMap<>();
        for (Header header : all) {
            byName.put(header.key(), header.value());
        }
        return byName;
    }
}

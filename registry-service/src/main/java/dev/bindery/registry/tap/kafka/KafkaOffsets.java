package dev.bindery.registry.tap.kafka;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets the tap stored per consumer group and partition ({@code kafka_offset}): the next record
 * to read. {@link #advance} is fenced: it stores a partition's new offset only where the stored one is
 * still the one its batch started from.
 */
@Singleton
class KafkaOffsets {

    private final JdbcOperations jdbc;

    KafkaOffsets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Thrown when a partition's stored offset moved under a batch: another member stored it meanwhile. */
    static final class Moved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Moved(TopicPartition partition, Long expected) {
            super("the stored offset of " + partition + " is no longer " + (expected == null ? "absent" : expected)
                    + ": another member of the group stored it");
        }
    }

    /** The stored offsets of the partitions that have one. */
    @Transactional(readOnly = true)
    Map<TopicPartition, Long> stored(String groupId, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> found = new HashMap<>();
        if (partitions.isEmpty()) {
            return found;
        }
        jdbc.prepareStatement(
                "SELECT topic, partition_no, next_offset FROM kafka_offset WHERE group_id = ?", statement -> {
                    statement.setString(1, groupId);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            TopicPartition partition = new TopicPartition(rows.getString(1), rows.getInt(2));
                            if (partitions.contains(partition)) {
                                found.put(partition, rows.getLong(3));
                            }
                        }
                    }
                    return null;
                });
        return found;
    }

    /** Every stored offset of the group, in topic and partition order. */
    @Transactional(readOnly = true)
    Map<TopicPartition, Long> all(String groupId) {
        Map<TopicPartition, Long> found = new TreeMap<>(KafkaOffsets::compare);
        jdbc.prepareStatement(
                "SELECT topic, partition_no, next_offset FROM kafka_offset WHERE group_id = ?", statement -> {
                    statement.setString(1, groupId);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
                        }
                    }
                    return null;
                });
        return found;
    }

    /**
     * Stores the next offsets, in the caller's transaction, in partition order (so two members never
     * wait on each other's rows in opposite orders).
     *
     * @param expected the stored offset each partition's batch started from ({@code null}: none stored)
     * @throws Moved   when a partition's stored offset is no longer the expected one (rolls the caller back)
     */
    void advance(String groupId, Map<TopicPartition, Long> expected, Map<TopicPartition, Long> next) {
        Map<TopicPartition, Long> ordered = new TreeMap<>(KafkaOffsets::compare);
        ordered.putAll(next);
        ordered.forEach((partition, offset) -> {
            Long from = expected.get(partition);
            if (from == null) {
                insert(groupId, partition, offset); // a second member inserting the same row fails on the key
            } else if (update(groupId, partition, from, offset) != 1) {
                throw new Moved(partition, from);
            }
        });
    }

    private void insert(String groupId, TopicPartition partition, long offset) {
        jdbc.prepareStatement(
                "INSERT INTO kafka_offset (group_id, topic, partition_no, next_offset) VALUES (?, ?, ?, ?)",
                statement -> {
                    bind(statement, groupId, partition);
                    statement.setLong(4, offset);
                    return statement.executeUpdate();
                });
    }

    private int update(String groupId, TopicPartition partition, long from, long offset) {
        return jdbc.prepareStatement(
                "UPDATE kafka_offset SET next_offset = ? WHERE group_id = ? AND topic = ? "
                        + "AND partition_no = ? AND next_offset = ?",
                statement -> {
                    statement.setLong(1, offset);
                    statement.setString(2, groupId);
                    statement.setString(3, partition.topic());
                    statement.setInt(4, partition.partition());
                    statement.setLong(5, from);
                    return statement.executeUpdate();
                });
    }

    private static void bind(PreparedStatement statement, String groupId, TopicPartition partition)
            throws java.sql.SQLException {
        statement.setString(1, groupId);
        statement.setString(2, partition.topic());
        statement.setInt(3, partition.partition());
    }

    static int compare(TopicPartition a, TopicPartition b) {
        int byTopic = a.topic().compareTo(b.topic());
        return byTopic != 0 ? byTopic : Integer.compare(a.partition(), b.partition());
    }
}

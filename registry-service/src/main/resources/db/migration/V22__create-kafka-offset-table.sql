-- How far the Kafka tap's consumer group has read each partition (ADR 0021): the offset of the next
-- record to read. Written in the same transaction as the shapes learned from the records before it,
-- and only when the stored offset is still the one the batch started from, so a consumer that lost
-- its partition (a zombie) cannot store over the new owner's progress.
CREATE TABLE kafka_offset (
    group_id     VARCHAR(255) NOT NULL,
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    PRIMARY KEY (group_id, topic, partition_no)
);

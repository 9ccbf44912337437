-- What each ingestion request taught discovery, appended before the request is answered (one row
-- per request and schema: the events' envelopes, framed) and folded in memory; the flusher merges
-- an instance's in-memory delta into discovered_shape and deletes the rows it covered in the same
-- transaction. Rows belong to the instance that wrote them (seq counts per instance) and are
-- replayed at its next start; rows of an instance that stays away are adopted by another.
-- No key and no index: the table holds about one flush interval of rows, which the flusher's deletes
-- and the rare adoption scan cheaply, while every commit of the embedded store rewrites the pages
-- of each index it touches (profiled: the commit was the largest cost of a PutEvents request).
CREATE TABLE discovery_journal (
    instance_id VARCHAR(64)              NOT NULL,
    seq         BIGINT                   NOT NULL,
    schema_name VARCHAR(385)             NOT NULL,
    source      VARCHAR(256)             NOT NULL,
    detail_type VARCHAR(256)             NOT NULL,
    event_count INTEGER                  NOT NULL,
    events      BYTEA                    NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

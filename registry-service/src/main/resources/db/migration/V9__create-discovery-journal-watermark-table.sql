-- Watermarks of file journals (the embedded store keeps its discovery journal in segment files
-- beside the database, see FileJournal): per journal and schema, the highest sequence number whose
-- rows are merged into discovered_shape. Written in the transaction of that merge, so a restart
-- after kill -9 never folds a merged row twice.
CREATE TABLE discovery_journal_watermark (
    journal_id  VARCHAR(64)  NOT NULL,
    schema_name VARCHAR(385) NOT NULL,
    seq         BIGINT       NOT NULL,
    PRIMARY KEY (journal_id, schema_name)
);

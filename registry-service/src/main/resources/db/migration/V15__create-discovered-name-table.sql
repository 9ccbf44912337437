-- Which event kind (source, detail-type) owns each discovered schema name (ADR 0014). Distinct
-- detail-types that sanitise to one name are never merged: the first kind to claim a name keeps it,
-- a later one gets the name with the smallest free suffix -2, -3, ... Claims are never released, so
-- a name means the same kind across restarts and on every instance sharing the database.
CREATE TABLE discovered_name (
    schema_name VARCHAR(385)             NOT NULL PRIMARY KEY,
    source      VARCHAR(256)             NOT NULL,
    detail_type VARCHAR(256)             NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT discovered_name_kind_unique UNIQUE (source, detail_type)
);

-- The schemas discovered so far keep their names: each stored shape is its kind's claim.
INSERT INTO discovered_name (schema_name, source, detail_type, claimed_at)
SELECT schema_name, source, detail_type, updated_at FROM discovered_shape;

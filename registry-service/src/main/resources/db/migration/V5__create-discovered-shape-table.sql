-- The running inference state of each discovered schema (a ShapeSnapshot as JSON). Events are
-- folded into it under its row lock, in the request that brought them, so what was learned is
-- stored before the events are acknowledged.
CREATE TABLE discovered_shape (
    schema_name VARCHAR(385)             NOT NULL PRIMARY KEY,
    source      VARCHAR(256)             NOT NULL,
    detail_type VARCHAR(256)             NOT NULL,
    state       VARCHAR                  NOT NULL,
    event_count BIGINT                   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

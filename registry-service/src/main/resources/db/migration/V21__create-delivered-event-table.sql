-- Event ids already delivered through POST /v1/events (EventBridge API destinations, ADR 0020): an API
-- destination retries a 429 or 5xx for up to 24 hours, so an envelope id seen here within the window is
-- answered like the original and not journaled again. A row is written only after its event is
-- journaled; rows older than the window, or beyond the bounded count, are pruned.
CREATE TABLE delivered_event (
    event_bus     VARCHAR(256)             NOT NULL,
    envelope_id   VARCHAR(256)             NOT NULL,
    event_id      VARCHAR(64)              NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_bus, envelope_id)
);
CREATE INDEX delivered_event_delivered_at ON delivered_event (delivered_at);

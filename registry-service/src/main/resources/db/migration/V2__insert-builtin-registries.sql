-- The registries every EventBridge account has: discovery writes to discovered-schemas, and
-- aws.events holds the schemas of AWS service events. Neither can be deleted.
INSERT INTO registry (name, description, scope, builtin, tags, created_at)
VALUES ('discovered-schemas', 'Schemas discovered from the events on your event buses', 'LOCAL', TRUE, '{}', CURRENT_TIMESTAMP);
INSERT INTO registry (name, description, scope, builtin, tags, created_at)
VALUES ('aws.events', 'Schemas of events emitted by AWS services', 'AWS', TRUE, '{}', CURRENT_TIMESTAMP);

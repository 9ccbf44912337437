-- Compatibility rules and the judgements made under them.
--
-- A rule is a mode (NONE, BACKWARD, FORWARD, FULL and their _TRANSITIVE variants) and a policy
-- (STRICT or LENIENT). A registry may set a default, a schema may override either member; a NULL
-- member is inherited (schema -> registry -> the service's configured default).
CREATE TABLE registry_compatibility (
    registry_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES registry (id) ON DELETE CASCADE,
    mode        VARCHAR(32),
    policy      VARCHAR(16),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE schema_compatibility (
    schema_id  BIGINT                   NOT NULL PRIMARY KEY REFERENCES registry_schema (id) ON DELETE CASCADE,
    mode       VARCHAR(32),
    policy     VARCHAR(16),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How a version compared with its predecessors when it was written, under the rule in force then.
-- findings is a JSON array; error says why no verdict could be reached (compatible is then NULL).
CREATE TABLE version_compatibility (
    version_id       BIGINT                   NOT NULL PRIMARY KEY REFERENCES schema_version (id) ON DELETE CASCADE,
    previous_version BIGINT                   NOT NULL,
    mode             VARCHAR(32)              NOT NULL,
    policy           VARCHAR(16)              NOT NULL,
    compatible       BOOLEAN,
    findings         VARCHAR                  NOT NULL,
    error            VARCHAR(1024),
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Discovered schemas describe what producers already sent, so their changes are recorded, not refused;
-- BACKWARD under LENIENT flags what would break a consumer generated from the previous version.
INSERT INTO registry_compatibility (registry_id, mode, policy, updated_at)
SELECT id, 'BACKWARD', 'LENIENT', CURRENT_TIMESTAMP FROM registry WHERE name = 'discovered-schemas';

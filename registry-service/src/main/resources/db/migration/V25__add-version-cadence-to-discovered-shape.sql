-- When discovery last wrote a version of the schema, and how many versions it wrote in a row, each
-- within the longest version window of the one before: the window before the next version doubles
-- with each (ADR 0006, "Cadence"). NULL and 0 until discovery writes a version after this migration.
ALTER TABLE discovered_shape ADD COLUMN versioned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE discovered_shape ADD COLUMN version_streak INTEGER DEFAULT 0 NOT NULL;

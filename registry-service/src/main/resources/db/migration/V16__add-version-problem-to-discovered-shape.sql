-- Why the latest inferred document of a discovered schema could not be written as a version (for
-- example: it is over the content limit), shown with its statistics; NULL when nothing stands in the
-- way. A discovered schema that cannot be versioned is visible, never silently absent (ADR 0015).
ALTER TABLE discovered_shape ADD COLUMN version_problem VARCHAR(1024);

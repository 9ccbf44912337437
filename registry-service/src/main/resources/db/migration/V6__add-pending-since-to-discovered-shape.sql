-- When the inferred document of a discovered schema last differed from its latest version while
-- that version was younger than the coalescing window; NULL when nothing waits to be published.
ALTER TABLE discovered_shape ADD COLUMN pending_since TIMESTAMP WITH TIME ZONE;

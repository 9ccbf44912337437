package dev.bindery.registry.catalog;

import dev.bindery.registry.content.ContentHash;
import dev.bindery.registry.store.ContentRepository;
import dev.bindery.registry.store.ContentRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores schema content once per distinct content. It writes in its own short transaction before a
 * version refers to the content, so a lost race with an identical insert costs nothing.
 */
@Singleton
public class ContentStore {

    private final ContentRepository contents;

    public ContentStore(ContentRepository contents) {
        this.contents = contents;
    }

    /** Stores {@code content} unless it is stored already; returns its content address. */
    public String store(String content) {
        String hash = ContentHash.of(content);
        if (contents.existsById(hash)) {
            return hash;
        }
        try {
            contents.save(new ContentRow(hash, content, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        } catch (DataAccessException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
        }
        return hash;
    }
}

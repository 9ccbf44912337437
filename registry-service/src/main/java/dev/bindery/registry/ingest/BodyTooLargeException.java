package dev.bindery.registry.ingest;

import java.io.IOException;

/**
 * The stream being ingested was cut off because the request grew past the server's size limit;
 * thrown by the stream the HTTP layer hands to {@link NdjsonIngest}, so ingestion knows no HTTP types.
 */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(Throwable cause) {
        super("the request body exceeded the server's size limit", cause);
    }
}

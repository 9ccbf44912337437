package dev.bindery.registry.api;

import dev.bindery.registry.ingest.BodyTooLargeException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A streamed request body whose cut-off at the server's size limit reads as a
 * {@link BodyTooLargeException}: the framework reports it by wrapping its own exception, which the
 * ingestion code should not have to know.
 */
final class SizeLimitedBody extends FilterInputStream {

    SizeLimitedBody(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException | RuntimeException e) {
            throw translated(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw translated(e);
        }
    }

    private static IOException translated(Exception failure) throws IOException {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContentLengthExceededException) {
                return new BodyTooLargeException(failure);
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) failure;
    }
}

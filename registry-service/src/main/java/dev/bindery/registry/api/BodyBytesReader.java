package dev.bindery.registry.api;

import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.TypedMessageBodyReader;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/** Reads a {@link BodyBytes} body of any media type, as Micronaut reads a {@code byte[]} one. */
@Singleton
final class BodyBytesReader implements TypedMessageBodyReader<BodyBytes> {

    @Override
    public Argument<BodyBytes> getType() {
        return Argument.of(BodyBytes.class);
    }

    @Override
    public BodyBytes read(Argument<BodyBytes> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) {
        try {
            return new BodyBytes(body.toByteArray());
        } finally {
            if (body instanceof ReferenceCounted counted) {
                counted.release();
            }
        }
    }

    @Override
    public BodyBytes read(Argument<BodyBytes> type, MediaType mediaType, Headers headers, InputStream body) {
        try {
            return new BodyBytes(body.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("the request body could not be read", e);
        }
    }
}

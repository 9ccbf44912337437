package dev.bindery.registry.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request body's bytes exactly as sent (after {@link RequestBodyDecoder}), whatever its Content-Type, for
 * operations that check the bytes themselves (UTF-8, one JSON value) before reading them. Controllers take it as
 * {@code @Body @Nullable BodyBytes}: null when the request has no body or an empty one. It is a type of its own,
 * not {@code byte[]}, because Micronaut warns about {@code @Nullable} on a primitive array, and an unannotated
 * {@code byte[]} makes an empty body a 400 before the operation can answer it.
 *
 * @param bytes the body, never empty
 */
@Schema(type = "string", format = "binary")
record BodyBytes(byte[] bytes) {}

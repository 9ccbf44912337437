package dev.bindery.maven.generate;

import dev.bindery.maven.schema.SchemaRef;

/**
 * A registry schema resolved to one version's content.
 *
 * @param ref what was asked for
 * @param version the version it resolved to
 * @param content the content's bytes (UTF-8)
 * @param sha256 their SHA-256
 */
public record ResolvedSchema(SchemaRef ref, String version, byte[] content, String sha256) {}

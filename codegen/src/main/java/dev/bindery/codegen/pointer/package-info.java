/**
 * JSON pointers (RFC 6901) and the {@code $ref} fragments that carry them (RFC 3986 percent-encoding):
 * the one implementation that the code generator and the registry service both use to parse, build and
 * follow them, so that a reference resolves, or is refused, the same way everywhere.
 */
package dev.bindery.codegen.pointer;

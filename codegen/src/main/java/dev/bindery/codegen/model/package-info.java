/**
 * The immutable schema model: what the reader understood of a JSON Schema or OpenAPI document, with
 * dialect differences normalised away. No Java names or types here; those are decided in
 * {@code dev.bindery.codegen.plan}.
 */
package dev.bindery.codegen.model;

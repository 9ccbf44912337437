/**
 * Bindery's code generator: JSON Schema and OpenAPI 3 documents in, Java sources out.
 */
package dev.bindery.codegen;

/**
 * Step one: reading JSON Schema (draft-04 to 2020-12) and OpenAPI 3.0/3.1 documents into the
 * {@link dev.bindery.codegen.model} model. Local references only: remote ones are refused by name,
 * relative files are read from the directory being generated and never from outside it.
 */
package dev.bindery.codegen.read;

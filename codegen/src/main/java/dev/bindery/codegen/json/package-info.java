/**
 * Bindery's Jackson setup, decided once: the strict mapper every module parses documents and request
 * bodies with, the YAML twin for schema files, the deterministic pretty printer for files Bindery writes,
 * and the one rule that tells JSON text from YAML text. The code generator, the registry service and the
 * Maven plugin all use these, so the same text is read, or refused, the same way everywhere.
 */
package dev.bindery.codegen.json;

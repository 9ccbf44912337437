/**
 * Java names for JSON names: identifiers from any property name, keyword and {@code java.lang}
 * escaping, deterministic de-duplication.
 */
package dev.bindery.codegen.naming;

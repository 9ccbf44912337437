/**
 * Schema compatibility: the directional diff of two JSON Schema documents ({@link dev.bindery.registry.compat.SchemaDiff}),
 * the effect of each difference on the set of valid instances, and the verdict of a compatibility mode and policy over
 * a subject's versions ({@link dev.bindery.registry.compat.CompatibilityChecker}). Framework-free: only Jackson's tree
 * model and the JDK. The exact rules are in {@code docs/compatibility.md}.
 */
package dev.bindery.registry.compat;

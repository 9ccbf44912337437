/**
 * The {@code check-patterns} goal without Maven: {@link dev.bindery.maven.patterns.PatternCheckTask} lints the
 * project's event pattern files against the registry.
 */
package dev.bindery.maven.patterns;

/**
 * The {@code generate} goal's work without Maven: resolving registry schemas through the lockfile and
 * the content cache ({@link dev.bindery.maven.generate.SchemaResolver}), deciding whether anything
 * changed ({@link dev.bindery.maven.generate.BuildState}) and running codegen into the output directory
 * ({@link dev.bindery.maven.generate.GenerateTask}).
 */
package dev.bindery.maven.generate;

package dev.bindery.maven.generate;

import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.maven.schema.SchemaRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the {@code generate} goal was configured with, copied out of Maven.
 *
 * @param schemaDirectory where local schema files are looked for (need not exist)
 * @param includes globs of local schema files, relative to {@code schemaDirectory}
 * @param excludes globs of files to leave out
 * @param schemas registry schemas to generate from
 * @param outputDirectory where sources are written
 * @param stateFile where the fingerprint and manifest of the last run are kept
 * @param lockFile the lockfile ({@code bindery.lock})
 * @param updateLock re-resolve every registry schema and rewrite the lockfile
 * @param cacheDirectory the content cache
 * @param options codegen's options (package, style, layout, numbers); schema names and versions are set per schema
 * @param subPackages with a {@code packageName}, put each schema in its own sub-package
 * @param pluginVersion part of the fingerprint: a new plugin regenerates
 */
public record GenerateRequest(
        Path schemaDirectory,
        List<String> includes,
        List<String> excludes,
        List<SchemaRef> schemas,
        Path outputDirectory,
        Path stateFile,
        Path lockFile,
        boolean updateLock,
        Path cacheDirectory,
        GeneratorOptions options,
        boolean subPackages,
        String pluginVersion) {
    public GenerateRequest {
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(stateFile, "stateFile == null");
        Objects.requireNonNull(lockFile, "lockFile == null");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory == null");
        Objects.requireNonNull(options, "options == null");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        schemas = List.copyOf(schemas);
    }
}

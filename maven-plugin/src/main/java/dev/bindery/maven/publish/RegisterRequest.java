package dev.bindery.maven.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code register} goal was configured with.
 *
 * @param schemaDirectory where the schema files are
 * @param includes globs of schema files
 * @param excludes globs of files to leave out
 * @param registry the registry to register into
 * @param createRegistry create the registry when it does not exist (otherwise that fails the build)
 */
public record RegisterRequest(
        Path schemaDirectory, List<String> includes, List<String> excludes, String registry, boolean createRegistry) {
    public RegisterRequest {
        Objects.requireNonNull(schemaDirectory, "schemaDirectory == null");
        Objects.requireNonNull(registry, "registry == null");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}

package dev.bindery.maven.publish;

import dev.bindery.maven.schema.SchemaRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code download} goal was configured with.
 *
 * @param schemas schemas to download, each at its version
 * @param wholeRegistries registries whose every schema is downloaded at its latest version
 * @param outputDirectory where the files go, one {@code <schema name>.json} each
 */
public record DownloadRequest(List<SchemaRef> schemas, List<String> wholeRegistries, Path outputDirectory) {
    public DownloadRequest {
        schemas = List.copyOf(schemas);
        wholeRegistries = List.copyOf(wholeRegistries);
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
    }
}

package dev.bindery.maven;

import dev.bindery.maven.schema.LocalSchemas;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** What the goals that read local schema files share: where the files are and which of them count. */
abstract class AbstractLocalSchemasMojo extends AbstractRegistryMojo {
    /** The directory of local schema files (JSON Schema or OpenAPI 3, JSON or YAML). */
    @Parameter(property = "bindery.schemaDirectory", defaultValue = "${project.basedir}/src/main/schemas")
    File schemaDirectory;

    /** Globs of the local schema files, relative to {@code schemaDirectory}. */
    @Parameter(property = "bindery.includes", defaultValue = "**/*.json,**/*.yaml,**/*.yml")
    List<String> includes;

    /** Globs of files in {@code schemaDirectory} to leave out. */
    @Parameter(property = "bindery.excludes")
    List<String> excludes;

    AbstractLocalSchemasMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    Path schemaPath() {
        return schemaDirectory.toPath();
    }

    List<String> includedGlobs() {
        return orDefault(includes, LocalSchemas.DEFAULT_INCLUDES);
    }

    List<String> excludedGlobs() {
        return orDefault(excludes, List.of());
    }
}

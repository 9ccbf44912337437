package dev.bindery.maven.publish;

import dev.bindery.maven.registry.HttpRegistryClient;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.registry.SchemaVersion;
import dev.bindery.maven.schema.Console;
import dev.bindery.maven.schema.SchemaRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Registry → local files: each schema's content, verbatim, in {@code <schema name>.json} (characters
 * other than letters, digits, {@code . _ - @} become {@code _}), so that {@code register} maps the file
 * back to the same schema. A file whose content is already the same is not rewritten.
 */
public final class DownloadTask {
    private final DownloadRequest request;
    private final RegistryClient client;
    private final Console console;

    public DownloadTask(DownloadRequest request, RegistryAccess access, Console console) {
        this(request, new HttpRegistryClient(access), console);
    }

    DownloadTask(DownloadRequest request, RegistryClient client, Console console) {
        this.request = request;
        this.client = client;
        this.console = console;
    }

    /** Downloads; returns the files written or found unchanged, in order. */
    public List<Path> run() {
        List<SchemaRef> refs = new ArrayList<>(request.schemas());
        for (String registry : request.wholeRegistries()) {
            for (String name : client.listSchemas(registry)) {
                refs.add(new SchemaRef(registry, name, SchemaRef.LATEST));
            }
        }
        if (refs.isEmpty()) {
            console.warn("Nothing to download: configure <schemas> with a <registry> and (optionally) a <name>");
        }
        List<Path> files = new ArrayList<>();
        for (SchemaRef ref : refs) {
            SchemaVersion schema = client.describeSchema(ref.registry(), ref.name(), ref.versionOrNull());
            Path file = request.outputDirectory().resolve(fileName(ref.name()));
            byte[] bytes = schema.content().getBytes(StandardCharsets.UTF_8);
            try {
                if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                    console.info(ref.registry() + "/" + ref.name() + " version " + schema.version() + ": " + file
                            + " unchanged");
                } else {
                    Files.createDirectories(file.getParent());
                    Files.write(file, bytes);
                    console.info(ref.registry() + "/" + ref.name() + " version " + schema.version() + " downloaded to "
                            + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            files.add(file);
        }
        return List.copyOf(files);
    }

    /** The file name a schema is downloaded to. */
    static String fileName(String schemaName) {
        return schemaName.replaceAll("[^A-Za-z0-9._@-]", "_") + ".json";
    }
}

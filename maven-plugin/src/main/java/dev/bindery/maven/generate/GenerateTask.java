package dev.bindery.maven.generate;

import dev.bindery.codegen.GeneratedFile;
import dev.bindery.codegen.Generator;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.RefMapping;
import dev.bindery.maven.registry.HttpRegistryClient;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.schema.Console;
import dev.bindery.maven.schema.LocalSchema;
import dev.bindery.maven.schema.LocalSchemas;
import dev.bindery.maven.schema.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The {@code generate} goal without Maven: resolve the inputs, compare their fingerprint with the last
 * run's, and when it differs run codegen for every input, write the files whose content changed and
 * remove the files no input generates any more.
 */
public final class GenerateTask {
    private static final String BINDERY_PREFIX = "dev.bindery.events.";

    private final GenerateRequest request;
    private final Supplier<RegistryClient> registry;
    private final Console console;

    /** A task that talks to the registry over HTTP, when it must. */
    public GenerateTask(GenerateRequest request, RegistryAccess access, Console console) {
        this(request, () -> new HttpRegistryClient(access), console);
    }

    GenerateTask(GenerateRequest request, Supplier<RegistryClient> registry, Console console) {
        this.request = request;
        this.registry = registry;
        this.console = console;
    }

    /** What a run did. */
    public record Result(boolean upToDate, int schemas, int files, int written, int removed) {}

    /** One schema to generate from, local or from the registry. */
    private record Input(
            String key, String label, byte[] bytes, Path file, String schemaName, String version, String segment) {}

    public Result run() {
        long start = System.nanoTime();
        List<LocalSchema> locals = LocalSchemas.scan(request.schemaDirectory(), request.includes(), request.excludes());
        BuildState previous = BuildState.read(request.stateFile());
        if (!request.updateLock()
                && previous != null
                && previous.fingerprint().equals(fingerprint(locals, readLockfile()))
                && previous.filesExist(request.outputDirectory())) {
            int schemas = locals.size() + request.schemas().size();
            console.info("Bindery sources are up to date (" + schemas + " schemas, " + millis(start) + " ms)");
            return new Result(true, schemas, previous.allFiles().size(), 0, 0);
        }

        List<Input> inputs = new ArrayList<>();
        for (LocalSchema local : locals) {
            inputs.add(new Input(
                    "file:" + local.relativePath(),
                    local.relativePath(),
                    local.bytes(),
                    local.file(),
                    null,
                    null,
                    localSegment(local.relativePath())));
        }
        if (!request.schemas().isEmpty()) {
            SchemaResolver resolver = new SchemaResolver(registry, new ContentCache(request.cacheDirectory()), console);
            SchemaResolver.Resolution resolution =
                    resolver.resolve(request.schemas(), Lockfile.read(request.lockFile()), request.updateLock());
            if (resolution.lockfile().writeIfChanged(request.lockFile())) {
                console.info("Wrote " + request.lockFile());
            }
            for (ResolvedSchema schema : resolution.schemas()) {
                String name = schema.ref().name();
                inputs.add(new Input(
                        "registry:" + schema.ref(),
                        schema.ref().registry() + "/" + name + " version " + schema.version(),
                        schema.content(),
                        null,
                        name,
                        schema.version(),
                        segment(name)));
            }
        }

        Map<String, List<String>> manifest = new TreeMap<>();
        Map<String, String> contents = new TreeMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Input input : inputs) {
            List<String> paths = new ArrayList<>();
            for (GeneratedFile file : generate(input)) {
                String owner = owners.putIfAbsent(file.relativePath(), input.label());
                String before = contents.putIfAbsent(file.relativePath(), file.content());
                if (owner != null && !before.equals(file.content())) {
                    throw new IllegalStateException("Schemas " + owner + " and " + input.label() + " both generate "
                            + file.relativePath() + " with different content; give them different packages "
                            + "(leave <packageName> unset, or set <subPackages>true</subPackages>)");
                }
                paths.add(file.relativePath());
            }
            manifest.put(input.key(), paths);
        }

        int written = 0;
        for (Map.Entry<String, String> file : contents.entrySet()) {
            written += write(request.outputDirectory().resolve(file.getKey()), file.getValue()) ? 1 : 0;
        }
        int removed = 0;
        if (previous != null) {
            Set<String> stale = previous.allFiles();
            stale.removeAll(contents.keySet());
            for (String path : stale) {
                removed += delete(request.outputDirectory(), path) ? 1 : 0;
            }
        }
        new BuildState(fingerprint(locals, readLockfile()), manifest).write(request.stateFile());
        console.info("Generated " + contents.size() + " files from " + inputs.size() + " schemas into "
                + request.outputDirectory() + " (" + written + " written, " + removed + " removed, " + millis(start)
                + " ms)");
        return new Result(false, inputs.size(), contents.size(), written, removed);
    }

    /** The lockfile's bytes when registry schemas are configured and it exists, else {@code null}. */
    private byte[] readLockfile() {
        if (request.schemas().isEmpty() || !Files.isRegularFile(request.lockFile())) {
            return null;
        }
        try {
            return Files.readAllBytes(request.lockFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + request.lockFile() + ": " + e.getMessage(), e);
        }
    }

    private List<GeneratedFile> generate(Input input) {
        GeneratorOptions options = request.options();
        if (options.packageName() != null && request.subPackages()) {
            options = options.withPackageName(options.packageName() + "." + input.segment());
        }
        if (input.schemaName() != null) {
            options = options.withSchemaName(input.schemaName()).withSchemaVersion(input.version());
        }
        if (input.file() != null) {
            return Generator.generate(input.file(), options);
        }
        return Generator.generate(new String(input.bytes(), StandardCharsets.UTF_8), options);
    }

    /**
     * SHA-256 over everything the output depends on: the plugin version, the options, the output
     * directory, every local file's path and bytes, the registry schemas asked for and the lockfile's
     * bytes (which pin their versions and content hashes). Computed without parsing anything.
     */
    private String fingerprint(List<LocalSchema> locals, byte[] lockfile) {
        Sha256 digest = new Sha256();
        GeneratorOptions o = request.options();
        StringBuilder header = new StringBuilder("bindery-generate 1\n")
                .append(request.pluginVersion())
                .append('\n')
                .append(o.packageName())
                .append('\n')
                .append(request.subPackages())
                .append('\n')
                .append(o.style())
                .append('\n')
                .append(o.layout())
                .append('\n')
                .append(o.numbers())
                .append('\n')
                .append(request.outputDirectory().toAbsolutePath())
                .append('\n');
        request.schemas().forEach(ref -> header.append("registry:").append(ref).append('\n'));
        o.refMappings().forEach(m -> header.append("ref-map:").append(m).append('\n'));
        digest.update(header.toString().getBytes(StandardCharsets.UTF_8));
        for (RefMapping mapping : o.refMappings()) {
            for (Path file : mappedFiles(mapping.target())) {
                byte[] bytes = read(file);
                digest.update(("mapped:" + file + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        for (LocalSchema local : locals) {
            digest.update(("file:" + local.relativePath() + "\n" + local.bytes().length + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(local.bytes());
        }
        if (lockfile != null) {
            digest.update(("lockfile\n" + lockfile.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(lockfile);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The document files a ref-map points at (a file, or those below a directory), sorted; none when missing. */
    private static List<Path> mappedFiles(Path target) {
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(target)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(json|ya?ml)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target + ", named by a ref-map", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ", named by a ref-map", e);
        }
    }

    /** The sub-package of a local file: its directories and its name without the extension, as package segments. */
    static String localSegment(String relativePath) {
        String withoutExtension = relativePath.replaceFirst("\\.(?i:json|ya?ml)$", "");
        List<String> parts = new ArrayList<>(Arrays.asList(withoutExtension.split("/")));
        StringBuilder segment = new StringBuilder();
        for (String part : parts) {
            segment.append(segment.length() == 0 ? "" : ".").append(segment(part));
        }
        return segment.toString();
    }

    /** The sub-package of a schema name, as codegen derives packages ({@code com.acme@Order} → {@code com_acme.order}). */
    static String segment(String schemaName) {
        return Generator.packageName(schemaName, GeneratorOptions.Layout.BINDERY)
                .substring(BINDERY_PREFIX.length());
    }

    private static boolean write(Path target, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean delete(Path root, String path) {
        Path file = root.resolve(path);
        try {
            boolean deleted = Files.deleteIfExists(file);
            for (Path dir = file.getParent();
                    dir != null && dir.startsWith(root) && !dir.equals(root);
                    dir = dir.getParent()) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(dir);
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

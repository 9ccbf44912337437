package dev.bindery.maven.generate;

import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.registry.SchemaVersion;
import dev.bindery.maven.schema.Console;
import dev.bindery.maven.schema.Digests;
import dev.bindery.maven.schema.SchemaRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Resolves registry schemas reproducibly. A reference the lockfile knows resolves to the locked
 * version; its content comes from the cache when there, else from the registry, and must hash to the
 * locked SHA-256. A reference the lockfile does not know (or every reference, when updating) is asked
 * of the registry and locked. The registry client is created only when something must be fetched, so
 * a locked build with a warm cache never touches the network.
 */
public final class SchemaResolver {
    private final Supplier<RegistryClient> registry;
    private final ContentCache cache;
    private final Console console;

    public SchemaResolver(Supplier<RegistryClient> registry, ContentCache cache, Console console) {
        this.registry = registry;
        this.cache = cache;
        this.console = console;
    }

    /** What a resolution gives: the schemas in the order asked, and the lockfile to write. */
    public record Resolution(List<ResolvedSchema> schemas, Lockfile lockfile) {}

    /**
     * Resolves {@code refs} against {@code lockfile}.
     *
     * @param update re-resolve every reference and drop entries no reference uses
     * @throws LockMismatchException when the registry's content no longer matches the lockfile
     */
    public Resolution resolve(List<SchemaRef> refs, Lockfile lockfile, boolean update) {
        Lockfile next = update ? new Lockfile(List.of()) : lockfile;
        List<ResolvedSchema> resolved = new ArrayList<>();
        RegistryClient client = null;
        for (SchemaRef ref : refs) {
            Lockfile.Entry locked = update ? null : lockfile.find(ref).orElse(null);
            if (locked != null) {
                byte[] content = cache.get(locked.sha256());
                if (content == null) {
                    client = client != null ? client : registry.get();
                    SchemaVersion fetched = client.describeSchema(ref.registry(), ref.name(), locked.version());
                    content = fetched.content().getBytes(StandardCharsets.UTF_8);
                    String actual = Digests.sha256(content);
                    if (!actual.equals(locked.sha256())) {
                        throw new LockMismatchException(
                                ref, locked, actual, client.url().toString());
                    }
                    cache.put(content);
                }
                resolved.add(new ResolvedSchema(ref, locked.version(), content, locked.sha256()));
            } else {
                client = client != null ? client : registry.get();
                SchemaVersion fetched = client.describeSchema(ref.registry(), ref.name(), ref.versionOrNull());
                byte[] content = fetched.content().getBytes(StandardCharsets.UTF_8);
                String sha256 = cache.put(content);
                Lockfile.Entry entry =
                        new Lockfile.Entry(ref.registry(), ref.name(), ref.version(), fetched.version(), sha256);
                Lockfile.Entry before = lockfile.find(ref).orElse(null);
                if (before == null) {
                    console.info("Locked " + ref.registry() + "/" + ref.name() + " " + ref.version() + " at version "
                            + fetched.version());
                } else if (!before.version().equals(fetched.version())
                        || !before.sha256().equals(sha256)) {
                    console.info("Updated the lock of " + ref.registry() + "/" + ref.name() + " " + ref.version()
                            + ": version " + before.version() + " -> " + fetched.version());
                }
                next = next.with(entry);
                resolved.add(new ResolvedSchema(ref, fetched.version(), content, sha256));
            }
        }
        return new Resolution(List.copyOf(resolved), next);
    }

    /** Thrown when a locked schema's content has changed in the registry. */
    public static final class LockMismatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LockMismatchException(SchemaRef ref, Lockfile.Entry locked, String actual, String url) {
            super("Schema " + ref.name() + " version " + locked.version() + " in registry " + ref.registry()
                    + " does not match bindery.lock: the lockfile records sha256 " + locked.sha256()
                    + " but the registry at " + url + " serves content with sha256 " + actual
                    + ". If the change is intended, update the lock with -Dbindery.updateLock=true"
                    + " (or mvn bindery:update-lock); otherwise find out who changed the schema.");
        }
    }
}

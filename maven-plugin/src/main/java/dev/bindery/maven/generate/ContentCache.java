package dev.bindery.maven.generate;

import dev.bindery.maven.schema.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Schema contents by SHA-256, one file {@code <sha256>.json} each, shared by every project of the
 * machine (by default under the local Maven repository). A file whose bytes no longer hash to its name
 * is treated as absent.
 */
public final class ContentCache {
    private final Path directory;

    public ContentCache(Path directory) {
        this.directory = directory;
    }

    /** The content with this hash, or {@code null} when it is not cached (or damaged). */
    public byte[] get(String sha256) {
        Path file = directory.resolve(sha256 + ".json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Digests.sha256(bytes).equals(sha256) ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Stores {@code bytes} under their hash, atomically; returns the hash. */
    public String put(byte[] bytes) {
        String sha256 = Digests.sha256(bytes);
        Path file = directory.resolve(sha256 + ".json");
        if (Files.isRegularFile(file)) {
            return sha256;
        }
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, sha256, ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schema cache " + directory + ": " + e.getMessage(), e);
        }
        return sha256;
    }
}

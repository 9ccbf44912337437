package dev.bindery.registry.security;

import dev.bindery.registry.config.AuthSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts access-key secrets: {@code BINDERY_AUTH_SECRET_KEY} (base64 of 32 bytes)
 * when set, else {@code <data dir>/auth-secret.key}, created on first start readable by the owner
 * only. Instances sharing one database must share the key, so they configure it explicitly.
 */
@Factory
final class ServerKey {

    private static final Logger LOG = LoggerFactory.getLogger(ServerKey.class);
    static final String FILE_NAME = "auth-secret.key";

    @Singleton
    SecretCipher cipher(AuthSettings settings, @Value("${bindery.data-dir}") String dataDir) {
        if (settings.secretKey() != null && !settings.secretKey().isBlank()) {
            return new SecretCipher(decode(settings.secretKey().trim(), "BINDERY_AUTH_SECRET_KEY"));
        }
        Path file = Path.of(dataDir).resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new SecretCipher(decode(Files.readString(file).trim(), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(Set.of(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        LOG.info("Created the key that encrypts access-key secrets at rest: {} (keep it with the database)", file);
    }

    private static byte[] decode(String base64, String from) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(from + " is not base64 of a 32-byte key");
        }
    }
}

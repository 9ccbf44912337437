package dev.bindery.registry.security;

import dev.bindery.registry.config.AuthSettings;
import dev.bindery.registry.error.ApiException;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an administrator can get in. {@code BINDERY_ADMIN_ACCESS_KEY_ID} and
 * {@code BINDERY_ADMIN_SECRET_ACCESS_KEY} create or update the principal {@code admin} with that
 * key at every start. Without them, when authentication is on and no admin exists, the server
 * creates {@code admin} with a new key and writes it to {@code <data dir>/admin-credentials}
 * (owner-only, in the AWS CLI's credentials-file format, profile {@code bindery-admin}); the log
 * names the file, never the secret.
 */
@Singleton
final class AdminBootstrap {

    static final String ADMIN = "admin";
    static final String CREDENTIALS_FILE = "admin-credentials";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{16,32}");
    private static final int MIN_SECRET = 16;

    private final AuthSettings settings;
    private final AuthMode mode;
    // resolved only when there is something to do: the principal service needs the server key,
    // whose file a server with authentication off and no admin key must not create
    private final BeanProvider<PrincipalService> principalService;
    private final Path dataDir;
    private PrincipalService principals;

    AdminBootstrap(
            AuthSettings settings,
            AuthMode mode,
            BeanProvider<PrincipalService> principalService,
            @Value("${bindery.data-dir}") String dataDir) {
        this.settings = settings;
        this.mode = mode;
        this.principalService = principalService;
        this.dataDir = Path.of(dataDir);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String id = blankToNull(settings.adminAccessKeyId());
        String secret = blankToNull(settings.adminSecretAccessKey());
        if (id == null && secret == null && !mode.enabled()) {
            return;
        }
        principals = principalService.get();
        if (id != null || secret != null) {
            configured(id, secret);
        } else if (mode.enabled() && !principals.anyAdmin()) {
            generated();
        }
    }

    private void configured(String id, String secret) {
        if (id == null || secret == null) {
            throw new IllegalArgumentException(
                    "Set both BINDERY_ADMIN_ACCESS_KEY_ID and BINDERY_ADMIN_SECRET_ACCESS_KEY, " + "or neither.");
        }
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "BINDERY_ADMIN_ACCESS_KEY_ID must be 16 to 32 characters of A-Z and 0-9.");
        }
        if (secret.length() < MIN_SECRET) {
            throw new IllegalArgumentException(
                    "BINDERY_ADMIN_SECRET_ACCESS_KEY must be at least " + MIN_SECRET + " characters long.");
        }
        ensureAdmin();
        principals.putAccessKey(ADMIN, id, secret);
        LOG.info("Principal {} has the access key {} from BINDERY_ADMIN_ACCESS_KEY_ID.", ADMIN, id);
    }

    private void generated() {
        ensureAdmin();
        PrincipalService.NewKey key = principals.createAccessKey(ADMIN);
        Path file = dataDir.resolve(CREDENTIALS_FILE);
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            Files.writeString(
                    file,
                    "[bindery-admin]\n"
                            + "aws_access_key_id = " + key.accessKeyId() + "\n"
                            + "aws_secret_access_key = " + key.secretAccessKey() + "\n",
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin's credentials to " + file, e);
        }
        LOG.warn(
                "Authentication is on and there was no admin: created principal {} with access key {}; its secret is "
                        + "in {} (readable by this user only). Use it to create principals, then delete that file.",
                ADMIN,
                key.accessKeyId(),
                file);
    }

    private void ensureAdmin() {
        Optional<PrincipalService.Described> admin = principals.find(ADMIN);
        if (admin.isEmpty()) {
            try {
                principals.create(ADMIN, Role.ADMIN.wireName(), List.of());
            } catch (ApiException createdElsewhere) {
                LOG.debug("Another instance created principal {} first.", ADMIN);
            }
        } else if (admin.get().role() != Role.ADMIN || !admin.get().registries().isEmpty()) {
            principals.update(ADMIN, Role.ADMIN.wireName(), List.of());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

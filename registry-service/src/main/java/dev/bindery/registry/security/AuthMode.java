package dev.bindery.registry.security;

import dev.bindery.registry.config.AuthSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether requests must be authenticated: {@code BINDERY_AUTH} is {@code on}, {@code off} or
 * {@code auto}, which is off when the server listens only on a loopback address and on otherwise.
 * Listening elsewhere with authentication off is allowed, with a warning at start.
 */
@Singleton
public final class AuthMode {

    private static final Logger LOG = LoggerFactory.getLogger(AuthMode.class);

    private final boolean enabled;
    private final boolean loopbackOnly;
    private final String host;

    public AuthMode(AuthSettings settings, @Value("${micronaut.server.host:}") @Nullable String host) {
        this.host = listenAddress(host);
        this.loopbackOnly = isLoopback(this.host);
        this.enabled = resolve(settings.mode(), this.host);
    }

    /** Whether authentication is on for {@code mode} ({@code auto}, {@code on}, {@code off}) and this listen address. */
    public static boolean resolve(String mode, String host) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            case "auto" -> !isLoopback(host);
            default ->
                throw new IllegalArgumentException(
                        "bindery.auth.mode (BINDERY_AUTH) is '" + mode + "'; use auto, on or off.");
        };
    }

    /** The address the server binds: the configured host, or every address when none is set. */
    public static String listenAddress(@Nullable String host) {
        return host == null || host.isBlank() ? "0.0.0.0" : host;
    }

    /** Whether every request but the public ones needs a principal. */
    public boolean enabled() {
        return enabled;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (enabled) {
            LOG.info(
                    "Authentication is on: every request but /ping, /health and the API description needs credentials.");
        } else if (!loopbackOnly) {
            LOG.warn(
                    "Authentication is OFF while the server listens on {}: anyone who can reach it may read, "
                            + "overwrite and delete every registry and schema. Set BINDERY_AUTH=on (or auto) unless a "
                            + "trusted proxy in front of it authenticates every request.",
                    host);
        }
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

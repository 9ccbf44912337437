package dev.bindery.registry.config;

import java.util.HashMap;
import java.util.Map;

/**
 * HTTPS on the registry's own port, from environment variables: a PEM certificate chain and key
 * ({@code BINDERY_TLS_CERTIFICATE}, {@code BINDERY_TLS_KEY}, with {@code BINDERY_TLS_KEY_PASSWORD}
 * if the key is encrypted) or a PKCS#12 key store ({@code BINDERY_TLS_KEYSTORE},
 * {@code BINDERY_TLS_KEYSTORE_PASSWORD}). They become Micronaut's {@code micronaut.server.ssl.*}
 * properties before the server starts; none set means plain HTTP. Only whole pairs are accepted,
 * so a half-configured server fails at start instead of serving plain HTTP by surprise.
 */
public final class TlsProperties {

    private static final String SSL = "micronaut.server.ssl.";

    private TlsProperties() {}

    /** The server properties for these environment variables; empty when TLS is not configured. */
    public static Map<String, Object> from(Map<String, String> env) {
        String certificate = value(env, "BINDERY_TLS_CERTIFICATE");
        String key = value(env, "BINDERY_TLS_KEY");
        String keyStore = value(env, "BINDERY_TLS_KEYSTORE");
        Map<String, Object> properties = new HashMap<>();
        if (certificate == null && key == null && keyStore == null) {
            return properties;
        }
        if (keyStore != null && (certificate != null || key != null)) {
            throw new IllegalArgumentException("Set either BINDERY_TLS_CERTIFICATE and BINDERY_TLS_KEY (PEM) or "
                    + "BINDERY_TLS_KEYSTORE (PKCS#12), not both.");
        }
        properties.put(SSL + "enabled", true);
        properties.put(SSL + "port", env.getOrDefault("BINDERY_PORT", "8080"));
        if (keyStore != null) {
            properties.put(SSL + "key-store.path", "file:" + keyStore);
            properties.put(SSL + "key-store.type", "PKCS12");
            String password = value(env, "BINDERY_TLS_KEYSTORE_PASSWORD");
            if (password != null) {
                properties.put(SSL + "key-store.password", password);
            }
            return properties;
        }
        if (certificate == null || key == null) {
            throw new IllegalArgumentException("BINDERY_TLS_CERTIFICATE and BINDERY_TLS_KEY go together: the PEM "
                    + "certificate chain and its private key.");
        }
        properties.put(SSL + "key-store.certificate-path", "file:" + certificate);
        properties.put(SSL + "key-store.key-path", "file:" + key);
        String password = value(env, "BINDERY_TLS_KEY_PASSWORD");
        if (password != null) {
            properties.put(SSL + "key-store.password", password);
        }
        return properties;
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}

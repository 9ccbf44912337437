package dev.bindery.maven.registry;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the registry is and how to authenticate to it.
 *
 * @param url the registry's base URL, e.g. {@code http://localhost:8080}
 * @param authorization the {@code Authorization} header value, or {@code null} for none
 */
public record RegistryAccess(URI url, String authorization) {
    public RegistryAccess {
        Objects.requireNonNull(url, "url == null");
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
    }

    /**
     * The access for {@code url} with credentials: a username and password give HTTP Basic, a password
     * (or token) alone gives a Bearer token; none gives anonymous access.
     */
    public static RegistryAccess of(String url, String username, String password) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid registry URL: " + url, e);
        }
        if (password == null || password.isEmpty()) {
            return new RegistryAccess(uri, null);
        }
        if (username == null || username.isEmpty()) {
            return new RegistryAccess(uri, "Bearer " + password);
        }
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RegistryAccess(uri, "Basic " + basic);
    }

    /** The scheme of the credentials ({@code Basic}, {@code Bearer}) or {@code none}; never the secret. */
    public String authScheme() {
        return authorization == null ? "none" : authorization.substring(0, authorization.indexOf(' '));
    }

    @Override
    public String toString() {
        return "RegistryAccess[url=" + url + ", auth=" + authScheme() + "]";
    }
}

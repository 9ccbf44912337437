package dev.bindery.maven.registry;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Where the registry is and how to authenticate to it. It holds the credentials and authenticates
 * each request when it is sent ({@link #authenticate}), since a signature covers the request's date
 * and body. Neither {@link #toString} nor any message built from it contains a secret.
 */
public final class RegistryAccess {
    /** The environment variable holding a bearer token when settings.xml has no credentials. */
    public static final String TOKEN_VARIABLE = "BINDERY_TOKEN";

    private final URI url;
    private final String serverId;
    private final Credentials credentials;

    private RegistryAccess(URI url, String serverId, Credentials credentials) {
        this.url = url;
        this.serverId = serverId;
        this.credentials = credentials;
    }

    /** Anonymous access to {@code url}. */
    public static RegistryAccess anonymous(String url) {
        return new RegistryAccess(uri(url), "bindery", new Credentials.None());
    }

    /**
     * The access to {@code url} with the credentials found, in this order:
     * <ol>
     *   <li>the settings.xml server {@code serverId} with a username and password: an access key id
     *       and its secret, signing every request with AWS Signature Version 4 for {@code region};</li>
     *   <li>that server with a password alone: a bearer token;</li>
     *   <li>{@code token}, the value of {@code BINDERY_TOKEN}: a bearer token;</li>
     *   <li>none.</li>
     * </ol>
     *
     * @param username the server's username, {@code null} without a server
     * @param password the server's (decrypted) password, {@code null} without a server
     */
    public static RegistryAccess of(
            String url, String serverId, String region, String username, String password, String token) {
        return of(url, serverId, region, username, password, token, Clock.systemUTC());
    }

    static RegistryAccess of(
            String url, String serverId, String region, String username, String password, String token, Clock clock) {
        Objects.requireNonNull(serverId, "serverId == null");
        URI uri = uri(url);
        String server = "of server '" + serverId + "'";
        Credentials credentials;
        if (!isBlank(password)) {
            credentials = isBlank(username)
                    ? new Credentials.Bearer(password, server)
                    : new Credentials.AccessKey(username.trim(), password, region, server, clock);
        } else if (!isBlank(username)) {
            throw new IllegalArgumentException(
                    "Server '" + serverId + "' in settings.xml has a username but no password: "
                            + "give an access key id as username and its secret as password, or a token as password alone.");
        } else if (!isBlank(token)) {
            credentials = new Credentials.Bearer(token.trim(), "in " + TOKEN_VARIABLE);
        } else {
            credentials = new Credentials.None();
        }
        return new RegistryAccess(uri, serverId, credentials);
    }

    /** The registry's base URL, e.g. {@code http://localhost:8080}. */
    public URI url() {
        return url;
    }

    /** The scheme of the credentials: {@code AWS4-HMAC-SHA256}, {@code Bearer} or {@code none}. */
    public String authScheme() {
        return credentials.scheme();
    }

    /**
     * The headers that authenticate one request ({@code Authorization}, and for a signature
     * {@code X-Amz-Date} and the like) to add to its {@code headers}; {@code body} must be the exact
     * bytes sent, {@code null} for none.
     */
    public Map<String, String> authenticate(String method, URI uri, Map<String, String> headers, byte[] body) {
        return credentials.authenticate(method, uri, headers, body);
    }

    /**
     * Why the registry answered 401 or 403 and what to fix, from its error code and message: refused
     * credentials (missing, unknown, wrong secret or signature) or, for {@code ForbiddenException} and
     * {@code AccessDeniedException}, credentials that are valid but not allowed the operation.
     */
    String refusal(int status, String code, String message) {
        String answer = status + (code == null ? "" : " " + code) + (message == null ? "" : ": " + message);
        if ("ForbiddenException".equals(code) || "AccessDeniedException".equals(code)) {
            return "the registry does not allow this to " + credentials.describe() + " (" + answer
                    + "); ask a registry admin for a role or registry grant that allows it";
        }
        if (credentials instanceof Credentials.None) {
            return "the registry needs credentials (" + answer + "); " + credentials.fix(serverId);
        }
        return "the registry refused " + credentials.describe() + " (" + answer + "); " + credentials.fix(serverId);
    }

    @Override
    public String toString() {
        return "RegistryAccess[url=" + url + ", auth=" + authScheme() + ", credentials=" + credentials + "]";
    }

    private static URI uri(String url) {
        Objects.requireNonNull(url, "url == null");
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid registry URL: " + url, e);
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return uri;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

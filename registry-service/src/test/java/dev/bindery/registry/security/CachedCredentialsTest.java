package dev.bindery.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the authenticator can tell from its caches alone, which is what lets a request be admitted
 * on the event loop: only a credential it has loaded and that proves its principal; never one it
 * has not seen, a wrong secret or an expired token, which are left to the full check, and that
 * check still refuses them with their reason.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachedCredentialsTest implements TestPropertyProvider {

    @Inject
    Authenticator authenticator;

    @Inject
    PrincipalService principals;

    @Inject
    CredentialStore credentials;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.putAll(AccessTableContract.AUTH_ON);
        return properties;
    }

    @Test
    void anAccessKeyIsKnownToTheCacheOnlyOnceLoadedAndOnlyWithItsSecret() {
        principals.create("cached-key-reader", "reader", List.of());
        PrincipalService.NewKey key = principals.createAccessKey("cached-key-reader");
        Credential right = new Credential.Basic(key.accessKeyId(), key.secretAccessKey());
        Credential wrong = new Credential.Basic(key.accessKeyId(), key.secretAccessKey() + "x");

        assertThat(authenticator.fromCache(right)).as("never loaded").isEmpty();
        assertThat(authenticator.authenticate(right).name()).isEqualTo("cached-key-reader");
        assertThat(authenticator.fromCache(right)).map(Principal::name).contains("cached-key-reader");
        assertThat(authenticator.fromCache(wrong))
                .as("a wrong secret is left to the full check")
                .isEmpty();
        assertThatThrownBy(() -> authenticator.authenticate(wrong))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("is wrong");

        principals.deleteAccessKey("cached-key-reader", key.accessKeyId());
        assertThat(authenticator.fromCache(right))
                .as("deleted on this instance: forgotten at once")
                .isEmpty();
    }

    @Test
    void aTokenIsKnownToTheCacheUntilItExpiresAndTheFullCheckNamesTheExpiry() throws Exception {
        principals.create("cached-token-reader", "reader", List.of());
        PrincipalService.NewToken token = principals.createToken("cached-token-reader", 2L);
        Credential bearer = new Credential.Bearer(token.token());

        assertThat(authenticator.fromCache(bearer)).isEmpty();
        assertThat(get("/v1/registries", token.token()).statusCode()).isEqualTo(200);
        assertThat(authenticator.fromCache(bearer)).map(Principal::name).contains("cached-token-reader");
        assertThat(authenticator.fromCache(new Credential.Bearer(token.token() + "x")))
                .isEmpty();
        assertThat(credentials.cachedToken("not-a-token")).isEmpty();

        while (authenticator.fromCache(bearer).isPresent()) {
            Thread.sleep(100); // the token's own expiry, well inside the cache's 5 s
        }
        HttpResponse<String> expired = get("/v1/registries", token.token());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("expired at");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package dev.bindery.registry.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * OIDC end to end: the registry, with authentication on and an identity provider configured,
 * takes JWT bearer tokens from that provider's keys and applies the role their groups map to;
 * Bindery's own tokens keep working beside them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcServerTest implements TestPropertyProvider {

    private final TestIdentityProvider idp = new TestIdentityProvider();

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.auth.mode", "on");
        properties.put("bindery.auth.oidc.issuer", TestIdentityProvider.ISSUER);
        properties.put("bindery.auth.oidc.jwks-url", idp.jwksUrl());
        properties.put("bindery.auth.oidc.audience", TestIdentityProvider.AUDIENCE);
        properties.put(
                "bindery.auth.oidc.role-map", "bindery-admins=admin;team-orders=writer:orders-*;auditors=reader");
        return properties;
    }

    @AfterAll
    void stopProvider() {
        idp.close();
    }

    @Test
    void aProvidersTokenActsWithTheRoleItsGroupsMapTo() throws Exception {
        String admin = TestIdentityProvider.sign(
                TestIdentityProvider.RSA,
                JWSAlgorithm.RS256,
                TestIdentityProvider.claims().build());
        assertThat(send("POST", "/v1/registries/name/orders-eu", admin).statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/v1/registries/name/billing", admin).statusCode())
                .isEqualTo(201);

        String writer = TestIdentityProvider.sign(
                TestIdentityProvider.EC,
                JWSAlgorithm.ES256,
                TestIdentityProvider.claims()
                        .subject("bob")
                        .claim("groups", List.of("team-orders"))
                        .build());
        assertThat(send("PUT", "/v1/registries/name/orders-eu/schemas/name/a@B/compatibility", writer)
                        .statusCode())
                .isEqualTo(404); // allowed: the schema does not exist
        HttpResponse<String> outside = send("GET", "/v1/registries/name/billing", writer);
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("user/oidc:bob", "limited to registries orders-*");
        assertThat(send("DELETE", "/v1/registries/name/orders-eu", writer).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anExpiredOrForeignTokenIsUnauthorized() throws Exception {
        String expired = TestIdentityProvider.sign(
                TestIdentityProvider.RSA,
                JWSAlgorithm.RS256,
                TestIdentityProvider.claims()
                        .expirationTime(new java.util.Date(System.currentTimeMillis() - 600_000))
                        .build());
        HttpResponse<String> response = send("GET", "/v1/registries", expired);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("UnauthorizedException");
        assertThat(response.body()).contains("expired").doesNotContain(expired.split("\\.")[1]);

        String foreign = TestIdentityProvider.sign(
                TestIdentityProvider.rsa("rsa-1"),
                JWSAlgorithm.RS256,
                TestIdentityProvider.claims().build());
        assertThat(send("GET", "/v1/registries", foreign).statusCode()).isEqualTo(401);
        String unmapped = TestIdentityProvider.sign(
                TestIdentityProvider.RSA,
                JWSAlgorithm.RS256,
                TestIdentityProvider.claims()
                        .claim("groups", List.of("marketing"))
                        .build());
        assertThat(send("GET", "/v1/registries", unmapped).body()).contains("no Bindery role");
    }

    private HttpResponse<String> send(String method, String path, String jwt) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Bearer " + jwt)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

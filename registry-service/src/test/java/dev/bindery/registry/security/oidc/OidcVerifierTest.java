package dev.bindery.registry.security.oidc;

import static dev.bindery.registry.security.oidc.TestIdentityProvider.AUDIENCE;
import static dev.bindery.registry.security.oidc.TestIdentityProvider.EC;
import static dev.bindery.registry.security.oidc.TestIdentityProvider.RSA;
import static dev.bindery.registry.security.oidc.TestIdentityProvider.claims;
import static dev.bindery.registry.security.oidc.TestIdentityProvider.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.bindery.registry.security.AuthenticationException;
import dev.bindery.registry.security.Principal;
import dev.bindery.registry.security.Role;
import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OidcVerifierTest {

    private static final String ROLE_MAP = "bindery-admins=admin;team-orders=writer:orders,orders-*;"
            + "team-billing=writer:billing;ci=reader;ingest=producer";

    private final TestIdentityProvider idp = new TestIdentityProvider();
    private final List<AutoCloseable> closeables = new ArrayList<>(List.of(idp));

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    private OidcVerifier verifier() {
        return verifier(idp.config(ROLE_MAP));
    }

    private OidcVerifier verifier(OidcConfiguration config) {
        OidcVerifier verifier = new OidcVerifier(config);
        closeables.add(verifier);
        return verifier;
    }

    /** Asserts that {@code token} is refused with a 401 whose message contains {@code problem} and not the token. */
    private static void assertRefused(OidcVerifier verifier, String token, String problem) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("UnauthorizedException");
            assertThat(e.getMessage()).containsIgnoringCase(problem);
            for (String segment : token.split("\\.")) {
                assertThat(e.getMessage()).doesNotContain(segment);
            }
        });
    }

    @Test
    void anRs256TokenFromTheIssuerIsTheOidcPrincipalOfItsSubject() {
        Principal principal = verifier().verify(sign(RSA, JWSAlgorithm.RS256, claims().build()));

        assertThat(principal).isEqualTo(new Principal("oidc:alice", Role.ADMIN, List.of()));
    }

    @Test
    void anEs256TokenFromTheIssuerIsAccepted() {
        String token = sign(
                EC,
                JWSAlgorithm.ES256,
                claims().subject("bob").claim("groups", List.of("ci")).build());

        assertThat(verifier().verify(token)).isEqualTo(new Principal("oidc:bob", Role.READER, List.of()));
    }

    @Test
    void aPs256TokenIsAccepted() {
        assertThat(verifier()
                        .verify(sign(RSA, JWSAlgorithm.PS256, claims().build()))
                        .role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant now = Instant.now();
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().issueTime(Date.from(now.minusSeconds(900)))
                        .expirationTime(Date.from(now.minusSeconds(300)))
                        .build());

        assertRefused(verifier(), token, "expired");
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().expirationTime(Date.from(Instant.now().minusSeconds(20)))
                        .build());

        assertThat(verifier().verify(token).name()).isEqualTo("oidc:alice");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().notBeforeTime(Date.from(Instant.now().plusSeconds(300)))
                        .build());

        assertRefused(verifier(), token, "not valid yet (nbf)");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().issuer("https://idp.example.test/realms/other").build());

        assertRefused(verifier(), token, "wrong issuer (iss)");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token =
                sign(RSA, JWSAlgorithm.RS256, claims().audience("another-app").build());

        assertRefused(verifier(), token, "another audience (aud)");
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        String token =
                sign(RSA, JWSAlgorithm.RS256, claims().audience((String) null).build());

        assertRefused(verifier(), token, "names no audience (aud)");
    }

    @Test
    void aTokenForSeveralAudiencesIncludingOursIsAccepted() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().audience(List.of("account", AUDIENCE)).build());

        assertThat(verifier().verify(token).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aTokenSignedByAnUnpublishedKeyUnderAPublishedKeyIdIsRefused() {
        RSAKey impostor = TestIdentityProvider.rsa(RSA.getKeyID());
        String token = sign(impostor, JWSAlgorithm.RS256, claims().build());

        assertRefused(verifier(), token, "bad signature");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = new PlainJWT(claims().build()).serialize();

        assertThat(OidcVerifier.looksLikeJwt(token)).isTrue();
        assertRefused(verifier(), token, "unsigned (alg none)");
    }

    @Test
    void anHs256TokenKeyedWithThePublishedPublicKeyIsRefused() throws JOSEException {
        for (byte[] secret : List.of(
                RSA.toRSAPublicKey().getEncoded(),
                RSA.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(RSA.getKeyID())
                            .build(),
                    claims().build());
            jwt.sign(new MACSigner(secret));

            assertRefused(verifier(), jwt.serialize(), "algorithm 'HS256' is not accepted");
        }
    }

    @Test
    void anEncryptedTokenIsRefused() throws JOSEException {
        EncryptedJWT jwt =
                new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM), claims().build());
        jwt.encrypt(new RSAEncrypter(RSA));

        assertRefused(verifier(), jwt.serialize(), "encrypted (JWE)");
    }

    @Test
    void anAccessTokenTypedAsRfc9068SaysIsAccepted() throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(RSA.getKeyID())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims().build());
        jwt.sign(new RSASSASigner(RSA));

        assertThat(verifier().verify(jwt.serialize()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aTokenOfAnotherTypeIsRefused() throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(RSA.getKeyID())
                        .type(new JOSEObjectType("logout+jwt"))
                        .build(),
                claims().build());
        jwt.sign(new RSASSASigner(RSA));

        assertRefused(verifier(), jwt.serialize(), "logout+jwt");
    }

    @Test
    void aKeyPublishedAfterStartUpIsFoundByRefetchingTheJwksOnce() {
        OidcVerifier verifier = verifier();
        verifier.verify(sign(RSA, JWSAlgorithm.RS256, claims().build()));
        assertThat(idp.fetches()).isEqualTo(1);

        RSAKey rotated = TestIdentityProvider.rsa("rsa-2");
        idp.publish(RSA, EC, rotated);
        Principal principal = verifier.verify(sign(rotated, JWSAlgorithm.RS256, claims().build()));

        assertThat(principal.name()).isEqualTo("oidc:alice");
        assertThat(idp.fetches()).isEqualTo(2);
    }

    @Test
    void anUnknownKeyIdIsRefusedAndRefetchesAreRateLimited() {
        OidcVerifier verifier = verifier();
        RSAKey stranger = TestIdentityProvider.rsa("stranger");

        assertRefused(
                verifier, sign(stranger, JWSAlgorithm.RS256, claims().build()), "key id (kid) 'stranger' is unknown");
        assertThat(idp.fetches())
                .as("the first fetch and one refetch for the unknown kid")
                .isEqualTo(2);

        for (int i = 0; i < 5; i++) {
            assertRefused(
                    verifier, sign(stranger, "stranger-" + i, JWSAlgorithm.RS256, claims().build()), "is unknown");
        }
        assertThat(idp.fetches()).as("no more refetches within the rate limit").isEqualTo(2);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        String token =
                sign(RSA, JWSAlgorithm.RS256, claims().expirationTime(null).build());

        assertRefused(verifier(), token, "lacks required claims [exp]");
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        assertRefused(verifier(), "eyJub3QiOiJqc29uIn0.eyJ.c2ln", "not a well-formed JWT");
    }

    @Test
    void aTokenWithoutTheNameClaimIsRefused() {
        String token = sign(RSA, JWSAlgorithm.RS256, claims().subject(null).build());

        assertRefused(verifier(), token, "no 'sub' claim");
    }

    @Test
    void theNameClaimIsConfigurable() {
        OidcConfiguration config = new OidcConfiguration(
                TestIdentityProvider.ISSUER,
                idp.jwksUrl(),
                AUDIENCE,
                "groups",
                "preferred_username",
                ROLE_MAP,
                Duration.ofSeconds(60));
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().claim("preferred_username", "alice.smith").build());

        assertThat(verifier(config).verify(token).name()).isEqualTo("oidc:alice.smith");
    }

    @Test
    void theStrongestRoleWinsWithTheUnionOfItsEntriesPatterns() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().claim("groups", List.of("ingest", "ci", "team-orders", "team-billing", "unrelated"))
                        .build());

        assertThat(verifier().verify(token))
                .isEqualTo(new Principal("oidc:alice", Role.WRITER, List.of("orders", "orders-*", "billing")));
    }

    @Test
    void aTokenWhoseGroupsMatchNoEntryIsRefused() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().claim("groups", List.of("marketing", "Bindery-Admins")).build());

        assertRefused(
                verifier(),
                token,
                "token grants no Bindery role: no value of its 'groups' claim is in bindery.auth.oidc.role-map");
    }

    @Test
    void aTokenWithoutTheRolesClaimIsRefused() {
        String token =
                sign(RSA, JWSAlgorithm.RS256, claims().claim("groups", null).build());

        assertRefused(verifier(), token, "no 'groups' claim");
    }

    @Test
    void aRolesClaimMayBeASingleString() {
        String token = sign(
                RSA, JWSAlgorithm.RS256, claims().claim("groups", "team-orders").build());

        assertThat(verifier().verify(token))
                .isEqualTo(new Principal("oidc:alice", Role.WRITER, List.of("orders", "orders-*")));
    }

    @Test
    void aRolesClaimOfOtherThanStringsIsRefused() {
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().claim("groups", List.of("ci", 7)).build());

        assertRefused(verifier(), token, "neither a string nor an array of strings");
    }

    @Test
    void aDottedRolesClaimReachesIntoNestedObjectsAsKeycloakIssuesThem() {
        OidcVerifier verifier = verifier(idp.config(ROLE_MAP, "realm_access.roles"));
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().claim("groups", null)
                        .claim("realm_access", Map.of("roles", List.of("offline_access", "ci")))
                        .build());

        assertThat(verifier.verify(token).role()).isEqualTo(Role.READER);
    }

    @Test
    void aRolesClaimWhoseNameHasDotsIsFirstLookedUpWhole() {
        OidcVerifier verifier = verifier(idp.config(ROLE_MAP, "https://bindery.example/roles"));
        String token = sign(
                RSA,
                JWSAlgorithm.RS256,
                claims().claim("https://bindery.example/roles", List.of("ingest"))
                        .build());

        assertThat(verifier.verify(token).role()).isEqualTo(Role.PRODUCER);
    }

    @Test
    void anUnreachableJwksIsARefusalThatSaysSo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        OidcConfiguration config = new OidcConfiguration(
                TestIdentityProvider.ISSUER,
                "http://127.0.0.1:" + port + "/jwks",
                AUDIENCE,
                "groups",
                "sub",
                ROLE_MAP,
                Duration.ofSeconds(60));

        assertRefused(
                verifier(config), sign(RSA, JWSAlgorithm.RS256, claims().build()), "JWK set could not be fetched");
    }

    @Test
    void aJwksThatDoesNotAnswerIsGivenUpOnWithinSeconds() throws IOException {
        HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        silent.createContext("/jwks", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "silent-idp");
            thread.setDaemon(true);
            return thread;
        }));
        silent.start();
        closeables.add(() -> silent.stop(0));
        OidcConfiguration config = new OidcConfiguration(
                TestIdentityProvider.ISSUER,
                "http://127.0.0.1:" + silent.getAddress().getPort() + "/jwks",
                AUDIENCE,
                "groups",
                "sub",
                ROLE_MAP,
                Duration.ofSeconds(60));
        OidcVerifier verifier = verifier(config);
        String token = sign(RSA, JWSAlgorithm.RS256, claims().build());

        long start = System.nanoTime();
        assertRefused(verifier, token, "JWK set could not be fetched");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aMissingAudienceStopsStartUpNamingTheProperty() {
        OidcConfiguration config = new OidcConfiguration(
                TestIdentityProvider.ISSUER, idp.jwksUrl(), " ", "groups", "sub", ROLE_MAP, Duration.ofSeconds(60));

        assertThatThrownBy(() -> new OidcVerifier(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bindery.auth.oidc.audience is not set");
    }

    @Test
    void aJwksUrlThatIsNotHttpStopsStartUp() {
        OidcConfiguration config = new OidcConfiguration(
                TestIdentityProvider.ISSUER,
                "file:///etc/jwks.json",
                AUDIENCE,
                "groups",
                "sub",
                ROLE_MAP,
                Duration.ofSeconds(60));

        assertThatThrownBy(() -> new OidcVerifier(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bindery.auth.oidc.jwks-url 'file:///etc/jwks.json' is not an http(s) URL");
    }

    @Test
    void aBadRoleMapStopsStartUpNamingTheEntry() {
        assertThatThrownBy(() -> new OidcVerifier(idp.config("bindery-admins=admin;team-orders=writter:orders")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bindery.auth.oidc.role-map")
                .hasMessageContaining("entry 2 'team-orders=writter:orders'")
                .hasMessageContaining("Role 'writter' is not one of reader, producer, writer, admin");
    }

    @Test
    void looksLikeJwtTellsJwtsFromOtherBearerTokens() {
        assertThat(OidcVerifier.looksLikeJwt(sign(RSA, JWSAlgorithm.RS256, claims().build())))
                .isTrue();
        assertThat(OidcVerifier.looksLikeJwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0."))
                .isTrue();
        assertThat(OidcVerifier.looksLikeJwt("bdy_3f9a0c1e7b2d4a6f8e0c2b4d6f8a0c1e"))
                .isFalse();
        assertThat(OidcVerifier.looksLikeJwt("a.b")).isFalse();
        assertThat(OidcVerifier.looksLikeJwt("a.b.c.d")).isFalse();
        assertThat(OidcVerifier.looksLikeJwt(".b.c")).isFalse();
        assertThat(OidcVerifier.looksLikeJwt("a..c")).isFalse();
        assertThat(OidcVerifier.looksLikeJwt("a+b.c/d.e=")).isFalse();
        assertThat(OidcVerifier.looksLikeJwt("")).isFalse();
        assertThat(OidcVerifier.looksLikeJwt(null)).isFalse();
    }
}

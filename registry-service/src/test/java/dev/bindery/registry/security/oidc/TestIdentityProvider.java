package dev.bindery.registry.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An identity provider for tests: a JDK HTTP server on 127.0.0.1 publishing a JWK set at
 * {@code /jwks}, counting how often it is fetched, and signing tokens with keys it may or may not
 * publish. Keys are generated once per JVM; a provider publishes {@link #RSA} and {@link #EC}.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String ISSUER = "https://idp.example.test/realms/bindery";
    static final String AUDIENCE = "bindery";
    static final RSAKey RSA = rsa("rsa-1");
    static final ECKey EC = ec("ec-1");

    private final HttpServer server;
    private final AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(List.of(RSA, EC)));
    private final AtomicInteger fetches = new AtomicInteger();

    TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** Publishes exactly {@code keys} (their public halves) from now on. */
    void publish(JWK... keys) {
        published.set(new JWKSet(List.of(keys)));
    }

    /** How many times the JWK set was fetched. */
    int fetches() {
        return fetches.get();
    }

    /** A configuration trusting this provider, with {@code roleMap}, the default claims and a 60 s skew. */
    OidcConfiguration config(String roleMap) {
        return config(roleMap, "groups");
    }

    OidcConfiguration config(String roleMap, String rolesClaim) {
        return new OidcConfiguration(ISSUER, jwksUrl(), AUDIENCE, rolesClaim, "sub", roleMap, Duration.ofSeconds(60));
    }

    /** Claims that pass every check: issuer, audience, subject alice, five more minutes, group bindery-admins. */
    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("alice")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("groups", List.of("bindery-admins"));
    }

    /** {@code claims} signed by {@code key} with {@code algorithm}, naming the key's id. */
    static String sign(JWK key, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        return sign(key, key.getKeyID(), algorithm, claims);
    }

    /** {@code claims} signed by {@code key} with {@code algorithm}, naming key id {@code kid}. */
    static String sign(JWK key, String kid, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            JWSSigner signer = key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(algorithm)
                            .keyID(kid)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

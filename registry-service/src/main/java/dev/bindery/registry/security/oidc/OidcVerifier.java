package dev.bindery.registry.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.bindery.registry.security.AuthenticationException;
import dev.bindery.registry.security.Principal;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.Key;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies JWT bearer tokens from the configured OIDC identity provider and maps them to a
 * {@link Principal}. A token is accepted only if it is signed with one of the asymmetric
 * {@link #ALGORITHMS} by a key in the provider's JWK set, its {@code iss} is the issuer, its
 * {@code aud} contains the audience, it has an {@code exp} that has not passed and no {@code nbf}
 * still to come (both within the clock skew), and its roles claim grants a role through the
 * {@link RoleMap}. Every refusal is a 401 whose message names the problem and never the token.
 *
 * <p>The JWK set is fetched on first use, cached for {@value #CACHE_TTL_MILLIS} ms and refreshed
 * ahead of expiry; a token whose key id is not in the cached set forces a refresh, at most one
 * per {@value #RATE_LIMIT_MILLIS} ms beyond the first fetch, so a stream of made-up key ids cannot
 * make the registry hammer the provider. Connecting to the provider times out after
 * {@value #CONNECT_TIMEOUT_MILLIS} ms and reading after {@value #READ_TIMEOUT_MILLIS} ms. When
 * the provider is unreachable at refresh time the last set stays in use for up to
 * {@value #OUTAGE_TTL_MILLIS} ms.
 *
 * <p>Created at start-up when {@code bindery.auth.oidc.issuer} is set and not blank, so that a bad
 * configuration stops the server at once; otherwise there is no such bean.
 */
@Context
@Requires(property = OidcConfiguration.PREFIX + ".issuer", pattern = ".*\\S.*")
public final class OidcVerifier implements AutoCloseable {

    /** The algorithms a token may be signed with: asymmetric only, never HMAC nor {@code none}. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    /** The prefix of every OIDC principal's name, which keeps them apart from local principals. */
    public static final String NAME_PREFIX = "oidc:";

    static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    static final int READ_TIMEOUT_MILLIS = 2_000;
    static final long CACHE_TTL_MILLIS = 300_000;
    static final long CACHE_REFRESH_TIMEOUT_MILLIS = 5_000;
    static final long RATE_LIMIT_MILLIS = 30_000;
    static final long OUTAGE_TTL_MILLIS = 3_600_000;

    private final OidcConfiguration config;
    private final RoleMap roleMap;
    private final JWKSource<SecurityContext> jwks;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final String accepted;

    /**
     * Checks {@code config} and prepares the JWK source; nothing is fetched until the first token.
     *
     * @throws ConfigurationException naming the property, if issuer, jwks-url, audience or role-map
     *                                is missing or malformed, a claim name is blank or the clock
     *                                skew negative
     */
    public OidcVerifier(OidcConfiguration config) {
        this.config = Objects.requireNonNull(config, "config == null");
        if (!config.enabled()) {
            throw new ConfigurationException(OidcConfiguration.PREFIX + ".issuer is not set.");
        }
        String audience = required(config.audience(), "audience");
        required(config.rolesClaim(), "roles-claim");
        required(config.nameClaim(), "name-claim");
        Duration skew = Objects.requireNonNull(config.clockSkew(), "clockSkew == null");
        if (skew.isNegative()) {
            throw new ConfigurationException(OidcConfiguration.PREFIX + ".clock-skew is negative: " + skew + ".");
        }
        try {
            this.roleMap = RoleMap.parse(config.roleMap());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(OidcConfiguration.PREFIX + ".role-map: " + e.getMessage(), e);
        }
        this.jwks = JWKSourceBuilder.create(
                        jwksUrl(config.jwksUrl()),
                        new DefaultResourceRetriever(
                                CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                .cache(CACHE_TTL_MILLIS, CACHE_REFRESH_TIMEOUT_MILLIS)
                .rateLimited(RATE_LIMIT_MILLIS)
                .outageTolerant(OUTAGE_TTL_MILLIS)
                .build();

        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                Set.of(audience),
                new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
                Set.of("iss", "aud", "exp"),
                Set.of());
        claims.setMaxClockSkew(Math.toIntExact(skew.toSeconds()));

        this.processor = new DefaultJWTProcessor<>();
        // typ: none, JWT, or RFC 9068's access token types.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
        processor.setJWSKeySelector(knownKeys(new JWSVerificationKeySelector<>(ALGORITHMS, jwks)));
        processor.setJWTClaimsSetVerifier(claims);
        this.accepted = ALGORITHMS.stream().map(JWSAlgorithm::getName).sorted().collect(Collectors.joining(", "));
    }

    /**
     * The principal {@code jwt} proves.
     *
     * @throws AuthenticationException 401 {@code UnauthorizedException} naming why the token is refused
     */
    public Principal verify(String jwt) {
        Objects.requireNonNull(jwt, "jwt == null");
        SignedJWT signed = signed(jwt);
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (BadJWSException e) {
            throw refused("its signature does not verify with the issuer's key (bad signature)");
        } catch (BadJWTException e) {
            throw refused(claimProblem(e));
        } catch (UnknownKeyException | RateLimitReachedException e) {
            throw refused(unknownKey(signed.getHeader()));
        } catch (KeySourceException e) {
            throw refused("the issuer's JWK set could not be fetched (" + e.getMessage() + ")");
        } catch (BadJOSEException | JOSEException e) {
            throw refused("it could not be verified (" + printable(String.valueOf(e.getMessage()), 200) + ")");
        }
        String name = Claims.string(claims, config.nameClaim());
        List<String> values = Claims.strings(claims, config.rolesClaim());
        RoleMap.Grant grant = roleMap.resolve(values)
                .orElseThrow(() -> refused("the token grants no Bindery role: no value of its '" + config.rolesClaim()
                        + "' claim is in " + OidcConfiguration.PREFIX + ".role-map"));
        return new Principal(NAME_PREFIX + name, grant.role(), grant.registries());
    }

    /**
     * Whether {@code token} has the shape of a JWT: three base64url segments separated by dots,
     * the first two not empty (the third is empty in an unsigned token, which {@link #verify}
     * then refuses by name). Says nothing about whether it is valid.
     */
    public static boolean looksLikeJwt(String token) {
        if (token == null) {
            return false;
        }
        int dots = 0;
        int segment = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (segment == 0 || ++dots > 2) {
                    return false;
                }
                segment = 0;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                segment++;
            } else {
                return false;
            }
        }
        return dots == 2;
    }

    /** Stops the JWK set's background refresh. */
    @PreDestroy
    @Override
    public void close() {
        if (jwks instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Nothing is left to release that a failed close could have kept.
            }
        }
    }

    private SignedJWT signed(String jwt) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(jwt);
        } catch (ParseException e) {
            throw refused("it is not a well-formed JWT");
        }
        if (parsed instanceof PlainJWT) {
            throw refused("it is unsigned (alg none)");
        }
        if (!(parsed instanceof SignedJWT signed)) {
            throw refused("it is encrypted (JWE); a signed token is expected");
        }
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw refused("its algorithm " + printable(algorithm.getName()) + " is not accepted; expected one of "
                    + accepted);
        }
        return signed;
    }

    private String claimProblem(BadJWTException e) {
        String message = String.valueOf(e.getMessage());
        if (message.equals("Expired JWT")) {
            return "it has expired (exp)";
        }
        if (message.equals("JWT before use time")) {
            return "it is not valid yet (nbf)";
        }
        if (message.startsWith("JWT iss claim")) {
            return "it has the wrong issuer (iss); expected " + config.issuer();
        }
        if (message.startsWith("JWT missing required aud")) {
            return "it names no audience (aud); expected " + config.audience();
        }
        if (message.startsWith("JWT aud claim")) {
            return "it is for another audience (aud); expected " + config.audience();
        }
        if (message.startsWith("JWT missing required claims")) {
            return "it lacks required claims "
                    + message.substring("JWT missing required claims".length())
                            .replace(":", "")
                            .strip();
        }
        return message;
    }

    private static String unknownKey(JWSHeader header) {
        String kid = header.getKeyID();
        return kid == null
                ? "it names no key id (kid) and no key in the issuer's JWK set verifies " + header.getAlgorithm()
                : "its key id (kid) " + printable(kid) + " is unknown: the issuer's JWK set has no "
                        + header.getAlgorithm() + " key of that id";
    }

    /** A 401 saying {@code why} the token is refused. */
    static AuthenticationException refused(String why) {
        return AuthenticationException.unauthorized("The OIDC token is refused: " + why + ".");
    }

    /** {@code text} from a token, quoted, shortened and with anything but printable ASCII replaced: safe to echo. */
    private static String printable(String text) {
        return "'" + printable(text, 64) + "'";
    }

    private static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && i < max; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '\'' ? c : '?');
        }
        return text.length() > max ? out.append('…').toString() : out.toString();
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(OidcConfiguration.PREFIX + "." + property + " is not set.");
        }
        return value;
    }

    private static URL jwksUrl(String text) {
        String url = required(text, "jwks-url");
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new ConfigurationException(
                        OidcConfiguration.PREFIX + ".jwks-url '" + url + "' is not an http(s) URL.");
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new ConfigurationException(
                    OidcConfiguration.PREFIX + ".jwks-url '" + url + "' is not a URL: " + e.getMessage(), e);
        }
    }

    /** The selector's keys, or {@link UnknownKeyException} instead of an empty list, so the refusal can say why. */
    private static JWSKeySelector<SecurityContext> knownKeys(JWSKeySelector<SecurityContext> selector) {
        return (header, context) -> {
            List<? extends Key> keys = selector.selectJWSKeys(header, context);
            if (keys.isEmpty()) {
                throw new UnknownKeyException();
            }
            return keys;
        };
    }

    /** No key in the JWK set, even after a refresh, matches the token's key id and algorithm. */
    private static final class UnknownKeyException extends KeySourceException {
        private static final long serialVersionUID = 1L;

        UnknownKeyException() {
            super("no matching key");
        }
    }
}

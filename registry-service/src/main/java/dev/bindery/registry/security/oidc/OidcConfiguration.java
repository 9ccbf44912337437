package dev.bindery.registry.security.oidc;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Where OIDC bearer tokens come from and what they grant. OIDC is on when {@code issuer} is set
 * (and not blank); then {@code jwks-url}, {@code audience} and {@code role-map} must be set too,
 * which {@link OidcVerifier} checks at start-up. Each property can be set by an environment
 * variable, e.g. {@code BINDERY_AUTH_OIDC_ROLE_MAP} for {@code bindery.auth.oidc.role-map}.
 *
 * @param issuer     the identity provider's issuer, matched exactly against a token's {@code iss}
 * @param jwksUrl    the http(s) URL of the provider's JSON Web Key set
 * @param audience   the value a token's {@code aud} must contain, e.g. the client id of Bindery
 * @param rolesClaim the claim holding the caller's groups or roles: a string or an array of strings;
 *                   a dotted path ({@code realm_access.roles}) reaches into nested objects
 * @param nameClaim  the claim naming the caller; the principal is named {@code oidc:<value>}
 * @param roleMap    which claim values grant which role, see {@link RoleMap} for the grammar
 * @param clockSkew  how far {@code exp} and {@code nbf} may be off the registry's clock
 */
@ConfigurationProperties("bindery.auth.oidc")
public record OidcConfiguration(
        @Nullable String issuer,
        @Nullable String jwksUrl,
        @Nullable String audience,
        @Bindable(defaultValue = "groups") String rolesClaim,
        @Bindable(defaultValue = "sub") String nameClaim,
        @Nullable String roleMap,
        @Bindable(defaultValue = "60s") Duration clockSkew) {

    /** The property prefix, for messages. */
    public static final String PREFIX = "bindery.auth.oidc";

    /** Whether OIDC is configured at all: {@code issuer} is set and not blank. */
    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }
}

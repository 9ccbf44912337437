/**
 * OIDC: verifying JWT bearer tokens an external identity provider issued, against its published
 * JWK set, and mapping their claims to a Bindery principal through a role map. On only when
 * {@code bindery.auth.oidc.issuer} is set. Nothing here speaks HTTP: the authenticator hands a
 * bearer token that {@link dev.bindery.registry.security.oidc.OidcVerifier#looksLikeJwt looks like
 * a JWT} to {@link dev.bindery.registry.security.oidc.OidcVerifier#verify}.
 */
package dev.bindery.registry.security.oidc;

package dev.bindery.registry.security;

import dev.bindery.registry.security.CredentialStore.KeyMatch;
import dev.bindery.registry.security.oidc.OidcVerifier;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Turns a credential into the principal it proves, or fails with the AWS error a client expects.
 * Bearer tokens that are JWTs go to the OIDC verifier when one is configured; every other bearer
 * token is a Bindery token.
 */
@Singleton
public final class Authenticator {

    private final CredentialStore credentials;
    private final Optional<OidcVerifier> oidc;

    public Authenticator(CredentialStore credentials, Optional<OidcVerifier> oidc) {
        this.credentials = credentials;
        this.oidc = oidc;
    }

    public Principal authenticate(Credential credential) {
        if (credential instanceof Credential.Bearer bearer) {
            if (oidc.isPresent() && OidcVerifier.looksLikeJwt(bearer.token())) {
                return oidc.get().verify(bearer.token());
            }
            return credentials.token(bearer.token());
        }
        return basic((Credential.Basic) credential);
    }

    private Principal basic(Credential.Basic basic) {
        KeyMatch key = credentials.accessKey(basic.accessKeyId()).orElseThrow(() ->
                AuthenticationException.unrecognizedClient("The access key id " + basic.accessKeyId()
                        + " is not valid."));
        if (!Secrets.same(basic.secret(), key.secret())) {
            throw AuthenticationException.unauthorized("The secret given for access key " + basic.accessKeyId()
                    + " is wrong.");
        }
        return key.principal();
    }
}

package dev.bindery.registry.security;

import dev.bindery.registry.config.AuthSettings;
import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.security.CredentialStore.KeyMatch;
import dev.bindery.registry.security.oidc.OidcVerifier;
import dev.bindery.registry.security.sigv4.SigV4Verifier;
import jakarta.inject.Singleton;
import java.time.Clock;
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
    private final SigV4Verifier signatures;

    public Authenticator(
            CredentialStore credentials, Optional<OidcVerifier> oidc, AwsIdentity identity, AuthSettings settings) {
        this.credentials = credentials;
        this.oidc = oidc;
        this.signatures = new SigV4Verifier(identity.region(), Clock.systemUTC(), settings.maxClockSkew());
    }

    public Principal authenticate(Credential credential) {
        if (credential instanceof Credential.Bearer bearer) {
            if (oidc.isPresent() && OidcVerifier.looksLikeJwt(bearer.token())) {
                return oidc.get().verify(bearer.token());
            }
            return credentials.token(bearer.token());
        }
        return proven(credential, accessKey(accessKeyId(credential)));
    }

    /**
     * The principal {@code credential} proves, when this instance can tell from what it has cached,
     * without a query, a key fetch or waiting: empty when it cannot, and also when the credential
     * is refused, so that the caller asks {@link #authenticate} for the reason.
     */
    public Optional<Principal> fromCache(Credential credential) {
        if (credential instanceof Credential.Bearer bearer) {
            return oidc.isPresent() && OidcVerifier.looksLikeJwt(bearer.token())
                    ? Optional.empty()
                    : credentials.cachedToken(bearer.token());
        }
        Optional<KeyMatch> key = credentials.cachedAccessKey(accessKeyId(credential));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(proven(credential, key.get()));
        } catch (AuthenticationException refused) {
            return Optional.empty();
        }
    }

    private Principal proven(Credential credential, KeyMatch key) {
        if (credential instanceof Credential.Signed signed) {
            signatures.verify(signed.request(), signed.authorization(), key.secret(), signed.services());
        } else {
            Credential.Basic basic = (Credential.Basic) credential;
            if (!Secrets.same(basic.secret(), key.secret())) {
                throw AuthenticationException.unauthorized(
                        "The secret given for access key " + basic.accessKeyId() + " is wrong.");
            }
        }
        return key.principal();
    }

    private static String accessKeyId(Credential credential) {
        return credential instanceof Credential.Signed signed
                ? signed.authorization().accessKeyId()
                : ((Credential.Basic) credential).accessKeyId();
    }

    private KeyMatch accessKey(String accessKeyId) {
        return credentials
                .accessKey(accessKeyId)
                .orElseThrow(() -> AuthenticationException.unrecognizedClient(
                        "The security token included in the request is invalid: no access key " + accessKeyId + "."));
    }
}

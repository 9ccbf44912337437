package dev.bindery.registry.security;

/**
 * What a request presented to prove who sent it, taken from its headers by the HTTP layer.
 */
public sealed interface Credential {

    /** {@code Authorization: Bearer <token>} or the API-key header: a Bindery token or an OIDC JWT. */
    record Bearer(String token) implements Credential {

        @Override
        public String toString() {
            return "Bearer[…]";
        }
    }

    /** {@code Authorization: Basic} with an access key id and its secret. */
    record Basic(String accessKeyId, String secret) implements Credential {

        @Override
        public String toString() {
            return "Basic[" + accessKeyId + "]";
        }
    }
}

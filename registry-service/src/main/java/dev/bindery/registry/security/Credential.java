package dev.bindery.registry.security;

import dev.bindery.registry.security.sigv4.SigV4Authorization;
import dev.bindery.registry.security.sigv4.SignedRequest;
import java.util.Set;

/**
 * What a request presented to prove who sent it, taken from its headers by the HTTP layer.
 */
public sealed interface Credential {

    /**
     * {@code Authorization: AWS4-HMAC-SHA256 …}: a request signed with an access key, to be
     * verified for one of {@code services}.
     */
    record Signed(SignedRequest request, SigV4Authorization authorization, Set<String> services) implements Credential {

        public Signed {
            services = Set.copyOf(services);
        }

        @Override
        public String toString() {
            return "Signed[" + authorization.accessKeyId() + "]";
        }
    }

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

package dev.bindery.registry.security;

import dev.bindery.registry.config.AuthSettings;
import dev.bindery.registry.store.AccessKeyRepository;
import dev.bindery.registry.store.AccessKeyRow;
import dev.bindery.registry.store.PrincipalRepository;
import dev.bindery.registry.store.TokenRepository;
import dev.bindery.registry.store.TokenRow;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the principal behind an access key or a bearer token. What the store said is trusted for
 * {@code bindery.auth.credential-cache-ttl} (5 s by default), so a busy client costs no query per
 * request; that is also the longest a deleted key, token or principal keeps working on another
 * instance. This instance forgets at once. {@code last_used_at} is written when a credential is
 * loaded, so it is exact to within that time.
 */
@Singleton
public class CredentialStore {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);
    private static final int MAX_ENTRIES = 10_000;

    private final PrincipalRepository principals;
    private final AccessKeyRepository keys;
    private final TokenRepository tokens;
    private final SecretCipher cipher;
    private final Clock clock;
    private final long ttlMillis;
    private final Map<String, Cached<KeyMatch>> keyCache = new ConcurrentHashMap<>();
    private final Map<String, Cached<TokenMatch>> tokenCache = new ConcurrentHashMap<>();

    public CredentialStore(
            PrincipalRepository principals,
            AccessKeyRepository keys,
            TokenRepository tokens,
            SecretCipher cipher,
            AuthSettings settings) {
        this(principals, keys, tokens, cipher, settings, Clock.systemUTC());
    }

    CredentialStore(
            PrincipalRepository principals,
            AccessKeyRepository keys,
            TokenRepository tokens,
            SecretCipher cipher,
            AuthSettings settings,
            Clock clock) {
        this.principals = principals;
        this.keys = keys;
        this.tokens = tokens;
        this.cipher = cipher;
        this.clock = clock;
        this.ttlMillis = settings.credentialCacheTtl().toMillis();
    }

    /** An active access key: its principal and its secret, in the clear, for verifying a signature. */
    public record KeyMatch(Principal principal, String secret) {

        @Override
        public String toString() {
            return "KeyMatch[" + principal.name() + "]";
        }
    }

    private record TokenMatch(Principal principal, String secretHash, Instant expiresAt) {}

    private record Cached<T>(T value, long until) {}

    /** The access key {@code accessKeyId}, if it exists and is active. */
    public Optional<KeyMatch> accessKey(String accessKeyId) {
        long now = clock.millis();
        Optional<KeyMatch> cached = cachedAccessKey(accessKeyId);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<KeyMatch> loaded = loadKey(accessKeyId);
        loaded.ifPresentOrElse(
                match -> put(keyCache, accessKeyId, new Cached<>(match, now + ttlMillis)),
                () -> keyCache.remove(accessKeyId));
        return loaded;
    }

    /**
     * The active access key {@code accessKeyId} if this instance holds it fresh, without asking the
     * store: empty when it is unknown here or its entry is stale.
     */
    public Optional<KeyMatch> cachedAccessKey(String accessKeyId) {
        Cached<KeyMatch> cached = keyCache.get(accessKeyId);
        return cached != null && cached.until() > clock.millis() ? Optional.of(cached.value()) : Optional.empty();
    }

    /**
     * The principal of a Bindery bearer token ({@code bdt_…}), or an AuthenticationException saying
     * why not: malformed, unknown, wrong secret or expired (the same message for the first three).
     */
    public Principal token(String token) {
        TokenId id = TokenId.of(token).orElseThrow(CredentialStore::notValid);
        TokenMatch match = cachedToken(id).orElseGet(() -> {
            TokenMatch loaded = loadToken(id.tokenId()).orElseThrow(CredentialStore::notValid);
            put(tokenCache, id.tokenId(), new Cached<>(loaded, clock.millis() + ttlMillis));
            return loaded;
        });
        return verified(id, match);
    }

    /**
     * The principal of a valid Bindery bearer token this instance holds fresh, without asking the
     * store: empty when the token is unknown here, its entry stale, or the token not valid (the
     * caller then asks {@link #token} for the reason).
     */
    public Optional<Principal> cachedToken(String token) {
        Optional<TokenId> id = TokenId.of(token);
        Optional<TokenMatch> match = id.flatMap(this::cachedToken);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(verified(id.get(), match.get()));
        } catch (AuthenticationException notValid) {
            return Optional.empty();
        }
    }

    private Optional<TokenMatch> cachedToken(TokenId id) {
        Cached<TokenMatch> cached = tokenCache.get(id.tokenId());
        return cached != null && cached.until() > clock.millis() ? Optional.of(cached.value()) : Optional.empty();
    }

    private Principal verified(TokenId id, TokenMatch match) {
        if (!Secrets.same(Secrets.hash(id.secret()), match.secretHash())) {
            throw notValid();
        }
        if (match.expiresAt() != null && !match.expiresAt().isAfter(clock.instant())) {
            throw AuthenticationException.unauthorized(
                    "The bearer token " + id.tokenId() + " expired at " + match.expiresAt() + ".");
        }
        return match.principal();
    }

    /** A bearer token split into the id it is stored under and its secret. */
    private record TokenId(String tokenId, String secret) {

        static Optional<TokenId> of(String token) {
            int idEnd = Secrets.TOKEN_PREFIX.length() + 16;
            if (!token.startsWith(Secrets.TOKEN_PREFIX) || token.length() <= idEnd + 1 || token.charAt(idEnd) != '_') {
                return Optional.empty();
            }
            return Optional.of(
                    new TokenId(token.substring(Secrets.TOKEN_PREFIX.length(), idEnd), token.substring(idEnd + 1)));
        }

        @Override
        public String toString() {
            return "TokenId[" + tokenId + "]";
        }
    }

    /** Forgets every cached credential, after a change to principals, keys or tokens. */
    public void forgetAll() {
        keyCache.clear();
        tokenCache.clear();
    }

    private Optional<KeyMatch> loadKey(String accessKeyId) {
        Optional<AccessKeyRow> row =
                keys.findById(accessKeyId).filter(k -> k.status().equals("Active"));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        AccessKeyRow key = row.get();
        String secret;
        try {
            secret = cipher.decrypt(key.secret(), key.accessKeyId());
        } catch (IllegalStateException e) {
            LOG.error("Access key {} cannot be used: {}", accessKeyId, e.getMessage());
            return Optional.empty();
        }
        keys.touch(accessKeyId, clock.instant());
        return principals.findById(key.principalId()).map(p -> new KeyMatch(PrincipalPatterns.toPrincipal(p), secret));
    }

    private Optional<TokenMatch> loadToken(String tokenId) {
        Optional<TokenRow> row = tokens.findById(tokenId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        TokenRow token = row.get();
        tokens.touch(tokenId, clock.instant());
        return principals
                .findById(token.principalId())
                .map(p -> new TokenMatch(PrincipalPatterns.toPrincipal(p), token.secretHash(), token.expiresAt()));
    }

    private static <T> void put(Map<String, Cached<T>> cache, String key, Cached<T> value) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private static AuthenticationException notValid() {
        return AuthenticationException.unauthorized("The bearer token is not valid.");
    }
}

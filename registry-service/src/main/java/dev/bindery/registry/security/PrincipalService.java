package dev.bindery.registry.security;

import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.PageToken;
import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.AccessKeyRepository;
import dev.bindery.registry.store.AccessKeyRow;
import dev.bindery.registry.store.PrincipalRepository;
import dev.bindery.registry.store.PrincipalRow;
import dev.bindery.registry.store.TokenRepository;
import dev.bindery.registry.store.TokenRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The management of principals and their credentials: create, describe, update, delete and list
 * principals; issue, list and revoke access keys and bearer tokens. A secret is returned once, by
 * the call that creates it: access-key secrets are stored encrypted, token secrets only hashed.
 */
@Singleton
public class PrincipalService {

    private static final String TOKEN_KIND = "principals";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,64}");
    private static final Pattern REGISTRY_PATTERN = Pattern.compile("[.\\-_A-Za-z0-9*?]{1,64}");
    private static final int MAX_PATTERNS = 50;
    private static final int MAX_KEYS = 10;
    private static final int MAX_TOKENS = 50;
    private static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(3650);

    private final PrincipalRepository principals;
    private final AccessKeyRepository keys;
    private final TokenRepository tokens;
    private final SecretCipher cipher;
    private final CredentialStore credentials;
    private final InputRules rules;
    private final String arnPrefix;

    public PrincipalService(
            PrincipalRepository principals,
            AccessKeyRepository keys,
            TokenRepository tokens,
            SecretCipher cipher,
            CredentialStore credentials,
            InputRules rules,
            AwsIdentity identity) {
        this.principals = principals;
        this.keys = keys;
        this.tokens = tokens;
        this.cipher = cipher;
        this.credentials = credentials;
        this.rules = rules;
        this.arnPrefix = "arn:aws:iam::" + identity.accountId() + ":user/";
    }

    /** A principal as the API shows it. */
    public record Described(
            String name, String arn, Role role, List<String> registries, Instant createdAt, Instant updatedAt) {}

    /** An access key as listed: never its secret. */
    public record KeySummary(
            String accessKeyId,
            String status,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {}

    /** A new access key: the only time its secret is shown. */
    public record NewKey(String accessKeyId, String secretAccessKey) {}

    /** A token as listed: never its secret. */
    public record TokenSummary(
            String tokenId,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt) {}

    /** A new token: the only time it is shown. */
    public record NewToken(
            String tokenId, String token, @Nullable Instant expiresAt) {}

    /** The ARN of a principal name: {@code arn:aws:iam::<account>:user/<name>}, as IAM names users. */
    public String arn(String name) {
        return arnPrefix + name;
    }

    @Transactional
    public Described create(String name, String role, @Nullable List<String> registries) {
        checkName(name);
        if (principals.findByName(name).isPresent()) {
            throw ApiException.conflict("Principal %s already exists.", name);
        }
        Instant now = now();
        PrincipalRow row = principals.save(new PrincipalRow(
                null, name, parseRole(role).wireName(), PrincipalPatterns.write(checkPatterns(registries)), now, now));
        return describe(row);
    }

    public Described describe(String name) {
        return describe(require(name));
    }

    /** The principal {@code name}, if it exists. */
    public Optional<Described> find(String name) {
        return principals.findByName(name).map(this::describe);
    }

    @Transactional
    public Described update(String name, @Nullable String role, @Nullable List<String> registries) {
        PrincipalRow row = require(name);
        String newRole = role == null ? row.role() : parseRole(role).wireName();
        String newPatterns = registries == null ? row.registries() : PrincipalPatterns.write(checkPatterns(registries));
        PrincipalRow updated = principals.update(row.with(newRole, newPatterns, now()));
        credentials.forgetAll();
        return describe(updated);
    }

    @Transactional
    public void delete(String name) {
        principals.delete(require(name));
        credentials.forgetAll();
    }

    public Page<Described> list(@Nullable Integer limit, @Nullable String nextToken) {
        int size = rules.pageSize(limit);
        String after = PageToken.decode(TOKEN_KIND, nextToken);
        return Page.of(principals.page(after, size + 1), size, TOKEN_KIND, PrincipalRow::name, this::describe);
    }

    @Transactional
    public NewKey createAccessKey(String name) {
        PrincipalRow row = require(name);
        if (keys.findByPrincipalIdOrderByCreatedAt(row.id()).size() >= MAX_KEYS) {
            throw ApiException.badRequest(
                    "Principal %s already has %d access keys, the limit; delete one first.", name, MAX_KEYS);
        }
        String id = Secrets.newAccessKeyId();
        String secret = Secrets.newSecretAccessKey();
        keys.save(new AccessKeyRow(id, row.id(), cipher.encrypt(secret, id), "Active", now(), null));
        return new NewKey(id, secret);
    }

    /** Creates or replaces the access key {@code id} of {@code name} with the given secret (bootstrap). */
    @Transactional
    public void putAccessKey(String name, String id, String secret) {
        PrincipalRow row = require(name);
        AccessKeyRow key = new AccessKeyRow(id, row.id(), cipher.encrypt(secret, id), "Active", now(), null);
        if (keys.existsById(id)) {
            keys.update(key);
        } else {
            keys.save(key);
        }
        credentials.forgetAll();
    }

    public List<KeySummary> listAccessKeys(String name) {
        return keys.findByPrincipalIdOrderByCreatedAt(require(name).id()).stream()
                .map(k -> new KeySummary(k.accessKeyId(), k.status(), k.createdAt(), k.lastUsedAt()))
                .toList();
    }

    @Transactional
    public void deleteAccessKey(String name, String accessKeyId) {
        PrincipalRow row = require(name);
        AccessKeyRow key = keys.findById(accessKeyId)
                .filter(k -> k.principalId() == row.id())
                .orElseThrow(() -> ApiException.notFound("Principal %s has no access key %s.", name, accessKeyId));
        keys.delete(key);
        credentials.forgetAll();
    }

    @Transactional
    public NewToken createToken(String name, @Nullable Long expiresInSeconds) {
        PrincipalRow row = require(name);
        if (tokens.findByPrincipalIdOrderByCreatedAt(row.id()).size() >= MAX_TOKENS) {
            throw ApiException.badRequest(
                    "Principal %s already has %d tokens, the limit; delete one first.", name, MAX_TOKENS);
        }
        Instant now = now();
        Instant expiresAt = null;
        if (expiresInSeconds != null) {
            if (expiresInSeconds < 1 || expiresInSeconds > MAX_TOKEN_LIFETIME.toSeconds()) {
                throw ApiException.badRequest(
                        "ExpiresInSeconds %d is outside 1..%d.", expiresInSeconds, MAX_TOKEN_LIFETIME.toSeconds());
            }
            expiresAt = now.plusSeconds(expiresInSeconds);
        }
        String id = Secrets.newTokenId();
        String secret = Secrets.newTokenSecret();
        tokens.save(new TokenRow(id, row.id(), Secrets.hash(secret), now, expiresAt, null));
        return new NewToken(id, Secrets.token(id, secret), expiresAt);
    }

    public List<TokenSummary> listTokens(String name) {
        return tokens.findByPrincipalIdOrderByCreatedAt(require(name).id()).stream()
                .map(t -> new TokenSummary(t.tokenId(), t.createdAt(), t.expiresAt(), t.lastUsedAt()))
                .toList();
    }

    @Transactional
    public void deleteToken(String name, String tokenId) {
        PrincipalRow row = require(name);
        TokenRow token = tokens.findById(tokenId)
                .filter(t -> t.principalId() == row.id())
                .orElseThrow(() -> ApiException.notFound("Principal %s has no token %s.", name, tokenId));
        tokens.delete(token);
        credentials.forgetAll();
    }

    /** Whether any admin principal exists (bootstrap). */
    public boolean anyAdmin() {
        return principals.existsByRole(Role.ADMIN.wireName());
    }

    private Described describe(PrincipalRow row) {
        Principal principal = PrincipalPatterns.toPrincipal(row);
        return new Described(
                row.name(),
                arn(row.name()),
                principal.role(),
                principal.registries(),
                row.createdAt(),
                row.updatedAt());
    }

    private PrincipalRow require(String name) {
        return principals
                .findByName(name)
                .orElseThrow(() -> ApiException.notFound("Principal %s does not exist.", name));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiException.badRequest("PrincipalName '%s' does not match %s.", name, NAME.pattern());
        }
    }

    private static Role parseRole(@Nullable String role) {
        if (role == null) {
            throw ApiException.badRequest("Role is required: one of reader, producer, writer, admin.");
        }
        try {
            return Role.parse(role);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("%s", e.getMessage());
        }
    }

    private static List<String> checkPatterns(@Nullable List<String> registries) {
        List<String> patterns = registries == null ? List.of() : registries;
        if (patterns.size() > MAX_PATTERNS) {
            throw ApiException.badRequest(
                    "Registries has %d patterns; the limit is %d.", patterns.size(), MAX_PATTERNS);
        }
        List<String> checked = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern == null || !REGISTRY_PATTERN.matcher(pattern).matches()) {
                throw ApiException.badRequest(
                        "Registries pattern '%s' does not match %s.", pattern, REGISTRY_PATTERN.pattern());
            }
            checked.add(pattern);
        }
        return checked;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

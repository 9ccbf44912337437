package dev.bindery.registry.catalog;

import dev.bindery.registry.config.Limits;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/** Names, descriptions and content checked against the configured limits, naming the limit broken. */
@Singleton
public final class InputRules {

    private final Limits limits;
    private final Pattern registryName;
    private final Pattern schemaName;

    public InputRules(Limits limits) {
        this.limits = limits;
        this.registryName = Pattern.compile(limits.registryNamePattern());
        this.schemaName = Pattern.compile(limits.schemaNamePattern());
    }

    public String registryName(String name) {
        if (name == null || !registryName.matcher(name).matches()) {
            throw ApiException.badRequest("RegistryName '%s' does not match %s.", name, registryName.pattern());
        }
        return name;
    }

    public String schemaName(String name) {
        if (name == null || !schemaName.matcher(name).matches()) {
            throw ApiException.badRequest("SchemaName '%s' does not match %s.", name, schemaName.pattern());
        }
        return name;
    }

    public @Nullable String description(@Nullable String description) {
        if (description != null && description.length() > limits.maxDescriptionLength()) {
            throw ApiException.badRequest(
                    "Description is %d characters long; the limit is %d.",
                    description.length(), limits.maxDescriptionLength());
        }
        return description;
    }

    public String content(String content) {
        if (content == null || content.isEmpty()) {
            throw ApiException.badRequest("Content is required and must not be empty.");
        }
        if (content.length() > limits.maxContentLength()) {
            throw ApiException.badRequest(
                    "Content is %d characters long; the limit is %d.", content.length(), limits.maxContentLength());
        }
        String notUnicode = Utf8.loneSurrogateProblem("Content", content);
        if (notUnicode != null) {
            throw ApiException.badRequest("%s", notUnicode);
        }
        return content;
    }

    public String clientToken(@Nullable String token) {
        if (token != null && token.length() > 36) {
            throw ApiException.badRequest("ClientTokenId is %d characters long; the limit is 36.", token.length());
        }
        return token;
    }

    /** A version number as the API spells it ("1", "2", …). */
    public long version(String version) {
        if (version == null || !version.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.badRequest("SchemaVersion '%s' is not a version number (1, 2, …).", version);
        }
        return Long.parseLong(version);
    }

    /** The page size: the request's {@code limit} if it is within 1..max, else the default. */
    public int pageSize(@Nullable Integer limit) {
        if (limit == null) {
            return limits.defaultPageSize();
        }
        if (limit < 1 || limit > limits.maxPageSize()) {
            throw ApiException.badRequest("limit %d is outside 1..%d.", limit, limits.maxPageSize());
        }
        return limit;
    }

    public String policy(String policy) {
        if (policy == null || policy.isEmpty()) {
            throw ApiException.badRequest("Policy is required.");
        }
        if (policy.length() > limits.maxPolicyLength()) {
            throw ApiException.badRequest(
                    "Policy is %d characters long; the limit is %d.", policy.length(), limits.maxPolicyLength());
        }
        return policy;
    }
}

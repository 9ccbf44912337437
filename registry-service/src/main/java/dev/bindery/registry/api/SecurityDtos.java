package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of principals, credentials and the audit log, in the Schemas API's style. */
final class SecurityDtos {

    private SecurityDtos() {}

    record PrincipalRequest(
            @JsonProperty("Role") @Nullable String role,
            @JsonProperty("Registries") @Nullable List<String> registries) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PrincipalResponse(
            @JsonProperty("PrincipalName") String principalName,
            @JsonProperty("PrincipalArn") String principalArn,
            @JsonProperty("Role") String role,
            @JsonProperty("Registries") List<String> registries,
            @JsonProperty("CreatedDate") Instant createdDate,
            @JsonProperty("LastModified") Instant lastModified) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListPrincipalsResponse(
            @JsonProperty("NextToken") @Nullable String nextToken,
            @JsonProperty("Principals") List<PrincipalResponse> principals) {}

    record NewAccessKeyResponse(
            @JsonProperty("AccessKeyId") String accessKeyId,
            @JsonProperty("SecretAccessKey") String secretAccessKey) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessKeySummary(
            @JsonProperty("AccessKeyId") String accessKeyId,
            @JsonProperty("Status") String status,
            @JsonProperty("CreatedDate") Instant createdDate,
            @JsonProperty("LastUsedDate") @Nullable Instant lastUsedDate) {}

    record ListAccessKeysResponse(
            @JsonProperty("AccessKeys") List<AccessKeySummary> accessKeys) {}

    record TokenRequest(
            @JsonProperty("ExpiresInSeconds") @Nullable Long expiresInSeconds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewTokenResponse(
            @JsonProperty("TokenId") String tokenId,
            @JsonProperty("Token") String token,
            @JsonProperty("ExpiresAt") @Nullable Instant expiresAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenSummary(
            @JsonProperty("TokenId") String tokenId,
            @JsonProperty("CreatedDate") Instant createdDate,
            @JsonProperty("ExpiresAt") @Nullable Instant expiresAt,
            @JsonProperty("LastUsedDate") @Nullable Instant lastUsedDate) {}

    record ListTokensResponse(@JsonProperty("Tokens") List<TokenSummary> tokens) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuditEvent(
            @JsonProperty("Time") Instant time,
            @JsonProperty("Principal") @Nullable String principal,
            @JsonProperty("Operation") String operation,
            @JsonProperty("Resource") @Nullable String resource,
            @JsonProperty("Outcome") String outcome,
            @JsonProperty("Status") int status,
            @JsonProperty("SourceAddress") @Nullable String sourceAddress,
            @JsonProperty("Reason") @Nullable String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListAuditEventsResponse(
            @JsonProperty("NextToken") @Nullable String nextToken,
            @JsonProperty("AuditEvents") List<AuditEvent> auditEvents) {}
}

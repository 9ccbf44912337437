package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the Schemas API, member for member as the AWS service model names them
 * (PascalCase members, lower-case {@code tags}). Absent members are omitted, as AWS does.
 */
final class Dtos {

    private Dtos() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegistryResponse(
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("RegistryArn") String registryArn,
            @JsonProperty("RegistryName") String registryName,
            @JsonProperty("tags") Map<String, String> tags) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegistrySummary(
            @JsonProperty("RegistryArn") String registryArn,
            @JsonProperty("RegistryName") String registryName,
            @JsonProperty("tags") Map<String, String> tags) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListRegistriesResponse(
            @JsonProperty("NextToken") @Nullable String nextToken,
            @JsonProperty("Registries") List<RegistrySummary> registries) {}

    /** CreateSchema, UpdateSchema and DescribeSchema; only DescribeSchema carries Content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SchemaVersionResponse(
            @JsonProperty("Content") @Nullable String content,
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("LastModified") Instant lastModified,
            @JsonProperty("SchemaArn") String schemaArn,
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("tags") Map<String, String> tags,
            @JsonProperty("Type") String type,
            @JsonProperty("VersionCreatedDate") Instant versionCreatedDate) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SchemaSummary(
            @JsonProperty("LastModified") Instant lastModified,
            @JsonProperty("SchemaArn") String schemaArn,
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("tags") Map<String, String> tags,
            @JsonProperty("VersionCount") long versionCount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListSchemasResponse(
            @JsonProperty("NextToken") @Nullable String nextToken,
            @JsonProperty("Schemas") List<SchemaSummary> schemas) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SchemaVersionSummary(
            @JsonProperty("SchemaArn") String schemaArn,
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("Type") String type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListSchemaVersionsResponse(
            @JsonProperty("NextToken") @Nullable String nextToken,
            @JsonProperty("SchemaVersions") List<SchemaVersionSummary> schemaVersions) {}

    record SearchSchemaVersionSummary(
            @JsonProperty("CreatedDate") Instant createdDate,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("Type") String type) {}

    record SearchSchemaSummary(
            @JsonProperty("RegistryName") String registryName,
            @JsonProperty("SchemaArn") String schemaArn,
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("SchemaVersions") List<SearchSchemaVersionSummary> schemaVersions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchSchemasResponse(
            @JsonProperty("NextToken") @Nullable String nextToken,
            @JsonProperty("Schemas") List<SearchSchemaSummary> schemas) {}

    record ExportSchemaResponse(
            @JsonProperty("Content") String content,
            @JsonProperty("SchemaArn") String schemaArn,
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("Type") String type) {}

    record PolicyResponse(
            @JsonProperty("Policy") String policy,
            @JsonProperty("RevisionId") String revisionId) {}

    record TagsResponse(@JsonProperty("tags") Map<String, String> tags) {}

    /** Request bodies, for the published API description; bodies are read by {@link JsonBody}. */
    record RegistryRequest(
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("tags") @Nullable Map<String, String> tags) {}

    record SchemaRequest(
            @JsonProperty("Content") @Nullable String content,
            @JsonProperty("Type") @Nullable String type,
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("ClientTokenId") @Nullable String clientTokenId,
            @JsonProperty("tags") @Nullable Map<String, String> tags) {}

    record PolicyRequest(
            @JsonProperty("Policy") String policy,
            @JsonProperty("RevisionId") @Nullable String revisionId) {}

    record TagsRequest(@JsonProperty("tags") Map<String, String> tags) {}
}

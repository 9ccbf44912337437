package dev.bindery.registry.api;

import dev.bindery.registry.catalog.Arns;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.Registry;
import dev.bindery.registry.catalog.SchemaSummary;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.catalog.SearchHit;
import dev.bindery.registry.catalog.VersionSummary;
import jakarta.inject.Singleton;

/** Turns catalog results into the API's wire shapes, adding the ARNs. */
@Singleton
final class WireShapes {

    private final Arns arns;

    WireShapes(Arns arns) {
        this.arns = arns;
    }

    Dtos.RegistryResponse registry(Registry registry) {
        return new Dtos.RegistryResponse(
                registry.description(), arns.registry(registry.name()), registry.name(), registry.tags());
    }

    Dtos.ListRegistriesResponse registries(Page<Registry> page) {
        return new Dtos.ListRegistriesResponse(
                page.nextToken(),
                page.items().stream()
                        .map(r -> new Dtos.RegistrySummary(arns.registry(r.name()), r.name(), r.tags()))
                        .toList());
    }

    /** DescribeSchema's answer, with Content. */
    Dtos.SchemaVersionResponse described(SchemaVersion version) {
        return schemaVersion(version, version.content());
    }

    /** CreateSchema's and UpdateSchema's answer, without Content. */
    Dtos.SchemaVersionResponse written(SchemaVersion version) {
        return schemaVersion(version, null);
    }

    private Dtos.SchemaVersionResponse schemaVersion(SchemaVersion v, String content) {
        return new Dtos.SchemaVersionResponse(
                content,
                v.description(),
                v.lastModified(),
                arns.schema(v.registryName(), v.schemaName()),
                v.schemaName(),
                Long.toString(v.version()),
                v.tags(),
                v.type().name(),
                v.versionCreatedDate());
    }

    String schemaArn(String registryName, String schemaName) {
        return arns.schema(registryName, schemaName);
    }

    Dtos.ListSchemasResponse schemas(String registryName, Page<SchemaSummary> page) {
        return new Dtos.ListSchemasResponse(
                page.nextToken(),
                page.items().stream()
                        .map(s -> new Dtos.SchemaSummary(
                                s.lastModified(),
                                arns.schema(registryName, s.name()),
                                s.name(),
                                s.tags(),
                                s.versionCount()))
                        .toList());
    }

    Dtos.ListSchemaVersionsResponse versions(String registryName, String schemaName, Page<VersionSummary> page) {
        String arn = arns.schema(registryName, schemaName);
        return new Dtos.ListSchemaVersionsResponse(
                page.nextToken(),
                page.items().stream()
                        .map(v -> new Dtos.SchemaVersionSummary(
                                arn,
                                schemaName,
                                Long.toString(v.version()),
                                v.type().name()))
                        .toList());
    }

    Dtos.SearchSchemasResponse search(String registryName, Page<SearchHit> page) {
        return new Dtos.SearchSchemasResponse(
                page.nextToken(),
                page.items().stream()
                        .map(hit -> new Dtos.SearchSchemaSummary(
                                registryName,
                                arns.schema(registryName, hit.schemaName()),
                                hit.schemaName(),
                                hit.versions().stream()
                                        .map(v -> new Dtos.SearchSchemaVersionSummary(
                                                v.createdDate(),
                                                Long.toString(v.version()),
                                                v.type().name()))
                                        .toList()))
                        .toList());
    }
}

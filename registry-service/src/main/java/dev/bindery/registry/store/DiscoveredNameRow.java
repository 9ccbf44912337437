package dev.bindery.registry.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A discovered schema name and the one event kind (source, detail-type) it belongs to. */
@MappedEntity("discovered_name")
public record DiscoveredNameRow(@Id String schemaName, String source, String detailType, Instant claimedAt) {}

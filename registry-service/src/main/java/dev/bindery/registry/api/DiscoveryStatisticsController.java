package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.discovery.DiscoveryStatistics;
import dev.bindery.registry.discovery.inference.FieldStatistics;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.discovery.inference.StringFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * GetDiscoveryStatistics, a Bindery extension in the Schemas API's style: how many events a
 * discovered schema was learned from, and per field how often it was present, which JSON types it
 * took, its string formats and values, and when it was first and last seen; {@code VersionProblem}
 * says why its current shape is not versioned, when it cannot be (it is readable without a version).
 */
@Controller("/v1/registries/name/{registryName}/schemas/name/{schemaName}/statistics")
@ExecuteOn(TaskExecutors.BLOCKING)
class DiscoveryStatisticsController {

    private final DiscoveryStatistics statistics;

    DiscoveryStatisticsController(DiscoveryStatistics statistics) {
        this.statistics = statistics;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record FieldResponse(
            @JsonProperty("Path") String path,
            @JsonProperty("PresentCount") long presentCount,
            @JsonProperty("ParentObjectCount") long parentObjectCount,
            @JsonProperty("Required") boolean required,
            @JsonProperty("TypeCounts") Map<String, Long> typeCounts,
            @JsonProperty("StringFormats") List<String> stringFormats,
            @JsonProperty("StringValues") List<String> stringValues,
            @JsonProperty("ManyStringValues") boolean manyStringValues,
            @JsonProperty("FirstSeen") @Nullable Instant firstSeen,
            @JsonProperty("LastSeen") @Nullable Instant lastSeen) {

        static FieldResponse of(FieldStatistics f) {
            Map<String, Long> types = new TreeMap<>();
            f.typeCounts().forEach((type, count) -> types.put(type.name().toLowerCase(Locale.ROOT), count));
            return new FieldResponse(
                    f.path(),
                    f.presentCount(),
                    f.parentObjectCount(),
                    f.required(),
                    types,
                    f.stringFormats().stream().map(StringFormat::openApiName).toList(),
                    f.stringValues(),
                    f.manyStringValues(),
                    f.firstSeen(),
                    f.lastSeen());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatisticsResponse(
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("Source") String source,
            @JsonProperty("DetailType") String detailType,
            @JsonProperty("EventCount") long eventCount,
            @JsonProperty("FirstSeen") @Nullable Instant firstSeen,
            @JsonProperty("LastSeen") @Nullable Instant lastSeen,
            @JsonProperty("VersionProblem") @Nullable String versionProblem,
            @JsonProperty("Fields") List<FieldResponse> fields) {}

    @Get
    @Operation(operationId = "GetDiscoveryStatistics")
    StatisticsResponse get(String registryName, String schemaName) {
        DiscoveryStatistics.Discovered discovered = statistics.of(registryName, schemaName);
        ShapeSnapshot shape = discovered.shape();
        return new StatisticsResponse(
                schemaName,
                shape.source(),
                shape.detailType(),
                shape.eventCount(),
                shape.firstSeen().orElse(null),
                shape.lastSeen().orElse(null),
                discovered.versionProblem().orElse(null),
                shape.fields().stream().map(FieldResponse::of).toList());
    }
}

package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.tap.kafka.KafkaTap;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

/**
 * GetKafkaTapStatus, a Bindery extension: the Kafka tap's state, per partition its stored offset, end
 * offset, lag and the records this instance consumed and refused, and the first refusals kept. A tap
 * that is off answers {@code State: OFF}.
 */
@Controller("/v1/taps/kafka")
@ExecuteOn(TaskExecutors.BLOCKING)
class KafkaTapController {

    private final KafkaTap tap;

    KafkaTapController(KafkaTap tap) {
        this.tap = tap;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartitionResponse(
            @JsonProperty("Topic") String topic,
            @JsonProperty("Partition") int partition,
            @JsonProperty("Assigned") boolean assigned,
            @JsonProperty("StoredOffset") @Nullable Long storedOffset,
            @JsonProperty("EndOffset") @Nullable Long endOffset,
            @JsonProperty("Lag") @Nullable Long lag,
            @JsonProperty("Consumed") long consumed,
            @JsonProperty("Refused") long refused) {}

    record RefusalResponse(
            @JsonProperty("Topic") String topic,
            @JsonProperty("Partition") int partition,
            @JsonProperty("Offset") long offset,
            @JsonProperty("Reason") String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatusResponse(
            @JsonProperty("State") String state,
            @JsonProperty("GroupId") @Nullable String groupId,
            @JsonProperty("Topics") @Nullable String topics,
            @JsonProperty("EventBusName") @Nullable String eventBus,
            @JsonProperty("Partitions") List<PartitionResponse> partitions,
            @JsonProperty("RefusedCount") long refused,
            @JsonProperty("Refusals") List<RefusalResponse> refusals) {}

    @Get
    @Operation(operationId = "GetKafkaTapStatus")
    StatusResponse get() {
        return tap.report()
                .map(report -> new StatusResponse(
                        "RUNNING",
                        report.groupId(),
                        report.topics(),
                        report.eventBus(),
                        report.partitions().stream()
                                .map(p -> new PartitionResponse(
                                        p.topic(),
                                        p.partition(),
                                        p.assigned(),
                                        p.storedOffset(),
                                        p.endOffset(),
                                        p.lag(),
                                        p.consumed(),
                                        p.refused()))
                                .toList(),
                        report.refused(),
                        report.refusals().stream()
                                .map(r -> new RefusalResponse(r.topic(), r.partition(), r.offset(), r.reason()))
                                .toList()))
                .orElseGet(() -> new StatusResponse("OFF", null, null, null, List.of(), 0, List.of()));
    }
}

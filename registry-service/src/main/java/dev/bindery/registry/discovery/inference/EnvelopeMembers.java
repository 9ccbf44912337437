package dev.bindery.registry.discovery.inference;

import java.util.List;
import java.util.Objects;

/**
 * The members of an EventBridge envelope other than {@code version} (always {@code "0"}) and {@code detail}, as
 * the envelope spells them: {@code time} is its text. Lets a reader that already holds them fold an event without
 * assembling the envelope's bytes ({@link ShapeAccumulator#addEnvelope}).
 */
public record EnvelopeMembers(
        String id,
        String detailType,
        String source,
        String account,
        String time,
        String region,
        List<String> resources) {

    public EnvelopeMembers {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(detailType, "detailType == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(account, "account == null");
        Objects.requireNonNull(time, "time == null");
        Objects.requireNonNull(region, "region == null");
        resources = List.copyOf(resources);
    }
}

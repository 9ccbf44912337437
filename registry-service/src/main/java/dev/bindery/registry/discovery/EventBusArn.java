package dev.bindery.registry.discovery;

import dev.bindery.registry.error.ApiException;

/**
 * The ARN of an event bus, {@code arn:aws:events:<region>:<account>:event-bus/<name>}, and the
 * discoverer id EventBridge derives from it: {@code events-event-bus-<name>}. Read by {@link EventBuses}, as
 * PutEvents reads a bus, so a discoverer is never made for a bus that PutEvents refuses.
 */
public record EventBusArn(String arn, String busName) {

    private static final String DISCOVERER_PREFIX = "events-event-bus-";

    public static EventBusArn parse(String arn) {
        if (arn == null) {
            throw ApiException.badRequest("SourceArn is required: the ARN of an event bus.");
        }
        String busName = arn.length() > 1600 ? null : EventBuses.nameOfArn(arn).orElse(null);
        if (busName == null) {
            throw ApiException.badRequest(
                    "SourceArn '%s' is not an event bus ARN "
                            + "(arn:aws:events:<region>:<12-digit account>:event-bus/<name>).",
                    arn);
        }
        return new EventBusArn(arn, busName);
    }

    public static String of(String region, String accountId, String busName) {
        return "arn:aws:events:" + region + ":" + accountId + ":event-bus/" + busName;
    }

    public String discovererId() {
        return DISCOVERER_PREFIX + busName;
    }
}

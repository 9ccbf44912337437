package dev.bindery.registry.discovery;

import dev.bindery.registry.error.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of an event bus, {@code arn:aws:events:<region>:<account>:event-bus/<name>}, and the
 * discoverer id EventBridge derives from it: {@code events-event-bus-<name>}.
 */
public record EventBusArn(String arn, String busName) {

    private static final Pattern FORMAT =
            Pattern.compile("arn:aws[a-z-]*:events:[a-z0-9-]*:[0-9]{0,12}:event-bus/([/.\\-_A-Za-z0-9]{1,256})");
    private static final String DISCOVERER_PREFIX = "events-event-bus-";

    public static EventBusArn parse(String arn) {
        if (arn == null) {
            throw ApiException.badRequest("SourceArn is required: the ARN of an event bus.");
        }
        Matcher matcher = FORMAT.matcher(arn);
        if (arn.length() < 20 || arn.length() > 1600 || !matcher.matches()) {
            throw ApiException.badRequest(
                    "SourceArn '%s' is not an event bus ARN (arn:aws:events:<region>:<account>:event-bus/<name>).", arn);
        }
        return new EventBusArn(arn, matcher.group(1));
    }

    public static String of(String region, String accountId, String busName) {
        return "arn:aws:events:" + region + ":" + accountId + ":event-bus/" + busName;
    }

    public String discovererId() {
        return DISCOVERER_PREFIX + busName;
    }
}

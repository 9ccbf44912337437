package dev.bindery.registry.api;

import io.micronaut.http.HttpRequest;
import java.util.List;

/**
 * The operations the events API's endpoint ({@code POST /}) serves, named by {@code X-Amz-Target}: each has its
 * own controller method, chosen by a route condition on the header, so that every operation has its own
 * {@code operationId} in the operation table; a request naming any other operation reaches the one that refuses it.
 */
public final class EventsTargets {

    private static final String HEADER = "X-Amz-Target";
    private static final List<String> SERVED = List.of(
            "AWSEvents.PutEvents",
            "AWSEvents.TestEventPattern",
            "AWSEvents.PutRule",
            "AWSEvents.DescribeRule",
            "AWSEvents.ListRules",
            "AWSEvents.DeleteRule",
            "AWSEvents.EnableRule",
            "AWSEvents.DisableRule",
            "AWSEvents.PutTargets");

    private EventsTargets() {}

    /** Whether {@code request} names {@code target} (read by a route condition). */
    public static boolean named(HttpRequest<?> request, String target) {
        return target.equals(request.getHeaders().get(HEADER));
    }

    /** Whether no controller method serves the target {@code request} names (read by a route condition). */
    public static boolean unknown(HttpRequest<?> request) {
        String target = request.getHeaders().get(HEADER);
        return target == null || !SERVED.contains(target);
    }

    /** The served targets, for the refusal's message. */
    static String served() {
        return String.join(", ", SERVED);
    }
}

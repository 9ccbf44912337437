package dev.bindery.registry.discovery;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event bus names and ARNs, read one way by every door that names a bus: PutEvents' {@code EventBusName} (and so
 * CloudEvents' and NDJSON's {@code eventBusName}), and CreateDiscoverer's {@code SourceArn}. A name is 1 to 256 of
 * {@code A-Z a-z 0-9 . - _ /} (partner buses are {@code aws.partner/…}); an ARN is
 * {@code arn:aws:events:<region>:<12-digit account>:event-bus/<name>}, as EventBridge's model says.
 */
public final class EventBuses {

    private static final String NAME = "([/.\\-_A-Za-z0-9]{1,256})";
    private static final Pattern ARN = Pattern.compile("arn:aws[\\w-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/" + NAME);
    private static final Pattern NAME_OR_ARN =
            Pattern.compile("(?:arn:aws[\\w-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/)?" + NAME);

    private EventBuses() {}

    /** The name of the bus that {@code nameOrArn} (a PutEvents {@code EventBusName}) names, if it is one. */
    public static Optional<String> nameOf(String nameOrArn) {
        if (isName(nameOrArn)) { // every event names its bus: the common case without the pattern
            return Optional.of(nameOrArn);
        }
        Matcher matcher = NAME_OR_ARN.matcher(nameOrArn);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether {@code text} is a bus name as {@code NAME} says. */
    private static boolean isName(String text) {
        int length = text.length();
        if (length < 1 || length > 256) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '-'
                    || c == '_'
                    || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /** The name of the bus that {@code arn} is the ARN of, if it is one. */
    public static Optional<String> nameOfArn(String arn) {
        Matcher matcher = ARN.matcher(arn);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

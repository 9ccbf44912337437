package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bus names and ARNs read one way: a plain name is its own, an ARN names its bus, anything else none. */
class EventBusesTest {

    @Test
    void namesAndArnsNameTheirBusAndNothingElseDoes() {
        assertThat(EventBuses.nameOf("default")).contains("default");
        assertThat(EventBuses.nameOf("aws.partner/saas.com/123/orders_v1-x"))
                .contains("aws.partner/saas.com/123/orders_v1-x");
        assertThat(EventBuses.nameOf("b".repeat(256))).contains("b".repeat(256));
        assertThat(EventBuses.nameOf("arn:aws:events:eu-west-1:123456789012:event-bus/orders"))
                .contains("orders");
        assertThat(EventBuses.nameOf("arn:aws-cn:events:cn-north-1:123456789012:event-bus/a.b"))
                .contains("a.b");
        for (String notABus : new String[] {
            "",
            "b".repeat(257),
            "with space",
            "orders:x",
            "ünï",
            "arn:aws:events:eu-west-1:12345:event-bus/orders",
            "arn:aws:events:eu-west-1:123456789012:rule/r"
        }) {
            assertThat(EventBuses.nameOf(notABus)).as(notABus).isEqualTo(Optional.empty());
        }
    }
}

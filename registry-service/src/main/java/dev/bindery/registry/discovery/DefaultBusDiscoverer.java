package dev.bindery.registry.discovery;

import dev.bindery.registry.config.AwsIdentity;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the {@code default} bus has a discoverer at start, so events published in the quick
 * start are inferred without further setup. An existing one is left as it is: to keep the default
 * bus undiscovered, stop its discoverer (it stays stopped) or set
 * {@code bindery.discovery.default-bus-discoverer=false}.
 */
@Singleton
@Requires(property = "bindery.discovery.default-bus-discoverer", notEquals = "false")
class DefaultBusDiscoverer {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultBusDiscoverer.class);
    static final String DEFAULT_BUS = "default";

    private final DiscovererService discoverers;
    private final AwsIdentity identity;

    DefaultBusDiscoverer(DiscovererService discoverers, AwsIdentity identity) {
        this.discoverers = discoverers;
        this.identity = identity;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        EventBusArn bus =
                new EventBusArn(EventBusArn.of(identity.region(), identity.accountId(), DEFAULT_BUS), DEFAULT_BUS);
        if (discoverers
                .createIfAbsent(bus, "Discovers the schemas of events on the default bus", true, Map.of())
                .isPresent()) {
            LOG.info("Started a discoverer on the default event bus");
        }
    }
}

package dev.bindery.registry.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The registry's clock, a bean so that rules over time (discovery's version cadence) can be tested
 * over simulated hours instead of real ones.
 */
@Factory
class Clocks {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

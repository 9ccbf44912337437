package dev.bindery.registry.rules;

import dev.bindery.registry.compat.CompatibilityChecker;
import dev.bindery.registry.compat.SchemaDiff;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The framework-free checker as a bean; it is stateless, so one serves every request. */
@Factory
class CheckerFactory {

    @Singleton
    CompatibilityChecker checker() {
        return new CompatibilityChecker(SchemaDiff.withDefaults());
    }

    @Singleton
    SchemaDiff diff() {
        return SchemaDiff.withDefaults();
    }
}

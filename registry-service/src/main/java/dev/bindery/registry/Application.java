package dev.bindery.registry;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the Bindery registry service. */
@OpenAPIDefinition(info = @Info(
        title = "Bindery",
        version = "1.0",
        description = "A self-hosted event schema registry speaking the EventBridge Schemas API (2019-12-02)"))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}

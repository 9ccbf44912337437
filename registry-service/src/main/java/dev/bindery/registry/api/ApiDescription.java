package dev.bindery.registry.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The title and version of the OpenAPI description the build generates from the controllers
 * ({@code /openapi/bindery-1.0.yml}); kept here so that wire annotations stay in this package.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Bindery",
                        version = "1.0",
                        description =
                                "A self-hosted event schema registry speaking the EventBridge Schemas API (2019-12-02)"))
final class ApiDescription {

    private ApiDescription() {}
}

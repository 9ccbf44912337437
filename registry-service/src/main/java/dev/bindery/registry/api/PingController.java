package dev.bindery.registry.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;

/**
 * A liveness probe that touches nothing: it answers as long as the HTTP server runs. Load balancers
 * use it; the read-path benchmark uses it as the baseline rate of this server. {@code /health}
 * checks the database as well.
 */
@Controller("/ping")
class PingController {

    private static final Map<String, String> ALIVE = Map.of("status", "ok");

    @Get
    @Operation(operationId = "Ping")
    Map<String, String> ping() {
        return ALIVE;
    }
}

package dev.bindery.registry.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The console's stylesheet and its few lines of script, from the jar; nothing else is served here. */
@Hidden
@Controller("/console/assets")
final class AssetController {

    private static final Map<String, MediaType> ASSETS = Map.of(
            "console.css", MediaType.of("text/css;charset=utf-8"),
            "console.js", MediaType.of("text/javascript;charset=utf-8"));

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    @Get("/{name}")
    MutableHttpResponse<?> asset(@PathVariable String name) {
        MediaType type = ASSETS.get(name);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(loaded.computeIfAbsent(name, AssetController::read))
                .contentType(type)
                .header("Cache-Control", "public, max-age=3600");
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetController.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

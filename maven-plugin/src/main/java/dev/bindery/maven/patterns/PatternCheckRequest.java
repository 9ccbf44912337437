package dev.bindery.maven.patterns;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the {@code check-patterns} goal was configured with.
 *
 * @param patternDirectory where the pattern files are: {@code *.json}, one event pattern each, in any subdirectory
 * @param eventBus the bus whose discovered schemas the patterns are linted against
 * @param registry a registry whose schemas count too, or {@code null}
 * @param failOnWarning fail the build on WARNING findings too (ERROR findings always fail it)
 */
public record PatternCheckRequest(Path patternDirectory, String eventBus, String registry, boolean failOnWarning) {
    public PatternCheckRequest {
        Objects.requireNonNull(patternDirectory, "patternDirectory == null");
        Objects.requireNonNull(eventBus, "eventBus == null");
        if (eventBus.isBlank()) {
            throw new IllegalArgumentException("the event bus name is blank");
        }
    }
}

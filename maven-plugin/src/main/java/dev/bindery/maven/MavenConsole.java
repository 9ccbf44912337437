package dev.bindery.maven;

import dev.bindery.maven.schema.Console;
import org.apache.maven.plugin.logging.Log;

/** Maven's log as a {@link Console}. */
record MavenConsole(Log log) implements Console {
    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}

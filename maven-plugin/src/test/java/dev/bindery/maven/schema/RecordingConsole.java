package dev.bindery.maven.schema;

import java.util.ArrayList;
import java.util.List;

/** A {@link Console} that keeps what it is told, in order, warnings prefixed with {@code WARN }, for tests. */
public final class RecordingConsole implements Console {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        lines.add(message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    /** What was printed so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Forgets what was printed, so that a test can look at one run only. */
    public synchronized void clear() {
        lines.clear();
    }
}

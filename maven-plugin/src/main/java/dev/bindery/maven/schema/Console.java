package dev.bindery.maven.schema;

/** Where the plain classes report what they did; the goals pass Maven's log, tests a list. */
public interface Console {
    void info(String message);

    void warn(String message);
}

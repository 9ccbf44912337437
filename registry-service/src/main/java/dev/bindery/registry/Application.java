package dev.bindery.registry;

import dev.bindery.registry.config.TlsProperties;
import io.micronaut.runtime.Micronaut;

/** Starts the Bindery registry service. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        // The embedded store writes through a FileChannel on whichever thread commits, and the JDK
        // keeps, per thread, a direct buffer as large as the largest write it made. Journal commits
        // come from many request threads, and under ingestion load those buffers used up direct
        // memory (an OutOfMemoryError inside H2, which then closed the database). Writes larger than
        // 1 MB get a temporary buffer instead. -Djdk.nio.maxCachedBufferSize=... overrides this.
        if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
            System.setProperty("jdk.nio.maxCachedBufferSize", String.valueOf(1024 * 1024));
        }
        Micronaut.build(args)
                .properties(TlsProperties.from(System.getenv()))
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}

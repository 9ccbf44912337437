package dev.bindery.registry;

import io.micronaut.runtime.Micronaut;

/** Starts the Bindery registry service. */
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

package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;

/** The login form, with the page to return to and what went wrong last time. */
public record LoginView(String next, @Nullable String problem) {}

package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;

/** A page that says one thing: an error, or what a change did, with a link onwards. */
public record MessageView(
        String heading,
        String message,
        @Nullable String linkHref,
        @Nullable String linkLabel,
        boolean error) {}

package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What every page's frame shows: the title, the breadcrumb trail, who is logged in and the CSRF
 * token the page's forms return.
 *
 * @param user       the principal's name, or {@code null} when authentication is off
 * @param role       the principal's role, or {@code null} when authentication is off
 * @param csrfToken  the session's CSRF token, or {@code null} on pages without a session (login)
 */
public record Frame(
        String title,
        List<Crumb> crumbs,
        @Nullable String user,
        @Nullable String role,
        @Nullable String csrfToken) {

    public Frame {
        crumbs = List.copyOf(crumbs);
    }

    /** One step of the breadcrumb trail; the last has no link. */
    public record Crumb(String label, @Nullable String href) {}
}

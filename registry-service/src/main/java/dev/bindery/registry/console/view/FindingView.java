package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;

/**
 * One compatibility finding: where, what kind, its message, and whether it breaks consumers or
 * producers under the rule.
 *
 * @param version    the version it was found against, when several were checked
 * @param directions which directions it breaks ("backward", "forward", both, or empty)
 */
public record FindingView(
        @Nullable String version,
        String path,
        String kind,
        String effect,
        String message,
        boolean breaking,
        String directions) {

    /** The path to show: the root has none. */
    public String shownPath() {
        return path.isEmpty() ? "(root)" : path;
    }
}

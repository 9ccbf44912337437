package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A confirmation step before a change: what will happen, the form that does it (its fields carried
 * as hidden inputs, with {@code confirm=yes}), and where cancelling leads. An upload's confirmation
 * also shows the compatibility check of the new content.
 */
public record ConfirmView(
        String heading,
        String message,
        String action,
        List<Field> fields,
        String button,
        String cancelHref,
        boolean danger,
        @Nullable Check check) {

    public ConfirmView {
        fields = List.copyOf(fields);
    }

    /** A value the form carries. */
    public record Field(String name, String value) {}

    /** The compatibility check of a candidate version. */
    public record Check(
            String mode, String policy, boolean compatible, List<String> checkedVersions, List<FindingView> findings) {

        public Check {
            checkedVersions = List.copyOf(checkedVersions);
            findings = List.copyOf(findings);
        }
    }
}

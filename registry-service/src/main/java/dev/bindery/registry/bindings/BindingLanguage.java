package dev.bindery.registry.bindings;

import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.registry.error.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The binding languages, named as the API names them. {@code Java8} is AWS's: the EventBridge
 * binding layout with bean-style classes. {@code Java17} is Bindery's: records in Bindery's layout.
 */
public enum BindingLanguage {
    Java8(
            GeneratorOptions.defaults()
                    .withStyle(GeneratorOptions.Style.CLASSES)
                    .withLayout(GeneratorOptions.Layout.EVENTBRIDGE),
            8),
    Java17(GeneratorOptions.defaults(), 17);

    private final GeneratorOptions options;
    private final int javaRelease;

    BindingLanguage(GeneratorOptions options, int javaRelease) {
        this.options = options;
        this.javaRelease = javaRelease;
    }

    GeneratorOptions options() {
        return options;
    }

    int javaRelease() {
        return javaRelease;
    }

    static BindingLanguage parse(String language) {
        for (BindingLanguage candidate : values()) {
            if (candidate.name().equals(language)) {
                return candidate;
            }
        }
        throw ApiException.badRequest(
                "Language '%s' is not supported; supported are %s.",
                language, Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

package dev.bindery.registry.api;

import dev.bindery.registry.security.Principal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import java.util.function.Predicate;

/** The authenticated caller of a request, as the guard left it, for operations that filter what they list. */
final class Callers {

    static final String PRINCIPAL = Callers.class.getName() + ".principal";

    private Callers() {}

    /** The caller, or {@code null} when authentication is off. */
    static @Nullable Principal of(HttpRequest<?> request) {
        return request.getAttribute(PRINCIPAL, Principal.class).orElse(null);
    }

    /** Which registries the caller may see: all when authentication is off. */
    static Predicate<String> visibleRegistries(HttpRequest<?> request) {
        Principal principal = of(request);
        return principal == null ? name -> true : principal::covers;
    }
}

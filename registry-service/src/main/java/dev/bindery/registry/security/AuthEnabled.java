package dev.bindery.registry.security;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * A bean condition: true when authentication is on ({@link AuthMode}), so that with it off the
 * request guard is not even in the request path.
 */
public final class AuthEnabled implements Condition {

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the parameter raw; a typed one would not override it
    public boolean matches(ConditionContext context) {
        String mode = context.getProperty("bindery.auth.mode", String.class).orElse("auto");
        String host = context.getProperty("micronaut.server.host", String.class).orElse(null);
        return AuthMode.resolve(mode, AuthMode.listenAddress(host));
    }
}

package dev.bindery.registry.console.session;

import dev.bindery.registry.catalog.Arns;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.security.AuditLog;
import dev.bindery.registry.security.AuthMode;
import dev.bindery.registry.security.Authorizer;
import dev.bindery.registry.security.Operations;
import dev.bindery.registry.security.Operations.Operation;
import dev.bindery.registry.security.PrincipalService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Whether a console session may perform an API operation, decided by the security package exactly
 * as for the JSON API: the operation's row in {@link Operations}, the principal's role and registry
 * patterns, and the registry's resource policy. Pages ask it to decide what to show; form handlers
 * to refuse what they must not do. With authentication off everything is allowed.
 */
@Singleton
public final class ConsoleAccess {

    private final AuthMode mode;
    private final Authorizer authorizer;
    private final PrincipalService principals;
    private final Arns arns;
    private final AuditLog audit;

    ConsoleAccess(AuthMode mode, Authorizer authorizer, PrincipalService principals, Arns arns, AuditLog audit) {
        this.mode = mode;
        this.authorizer = authorizer;
        this.principals = principals;
        this.arns = arns;
        this.audit = audit;
    }

    /** Whether the console requires a login. */
    public boolean authenticationOn() {
        return mode.enabled();
    }

    /** Whether the session may perform {@code operationId} on the registry or schema named (either may be null). */
    public boolean allows(
            ConsoleSession session, String operationId, @Nullable String registryName, @Nullable String schemaName) {
        return verdict(session, operationId, registryName, schemaName).allowed();
    }

    /**
     * Refuses with ForbiddenException (audited) unless the session may perform the operation; when
     * it may and the operation changes state, audits it as allowed (status {@code 200}: the console
     * answers its forms with a page).
     */
    public void require(
            ConsoleSession session,
            String operationId,
            @Nullable String registryName,
            @Nullable String schemaName,
            String source) {
        Authorizer.Verdict verdict = verdict(session, operationId, registryName, schemaName);
        if (!mode.enabled()) {
            return;
        }
        String who = session.principal() == null ? null : session.principal().name();
        String resource = resource(operation(operationId), registryName, schemaName);
        if (!verdict.allowed()) {
            audit.record(
                    who, "Console:" + operationId, resource, AuditLog.Outcome.DENIED, 403, source, verdict.reason());
            throw ApiException.forbidden("You may not do this (%s): %s.", operationId, verdict.reason());
        }
        if (operation(operationId).mutates()) {
            audit.record(who, "Console:" + operationId, resource, AuditLog.Outcome.ALLOWED, 200, source, null);
        }
    }

    private Authorizer.Verdict verdict(
            ConsoleSession session, String operationId, @Nullable String registryName, @Nullable String schemaName) {
        Operation operation = operation(operationId);
        if (!mode.enabled()) {
            return new Authorizer.Verdict(true, null);
        }
        if (session.principal() == null) {
            return new Authorizer.Verdict(false, "nobody is logged in");
        }
        String registry = operation.scope() == Operations.Scope.ACCOUNT ? null : registryName;
        return authorizer.decide(
                session.principal(),
                principals.arn(session.principal().name()),
                operation,
                registry,
                resource(operation, registry, schemaName));
    }

    private static Operation operation(String operationId) {
        return Operations.find(operationId)
                .orElseThrow(() -> new IllegalArgumentException("not an operation of the table: " + operationId));
    }

    private @Nullable String resource(Operation operation, @Nullable String registryName, @Nullable String schemaName) {
        if (registryName == null || operation.scope() == Operations.Scope.ACCOUNT) {
            return null;
        }
        return operation.scope() == Operations.Scope.SCHEMA && schemaName != null
                ? arns.schema(registryName, schemaName)
                : arns.registry(registryName);
    }
}

package dev.bindery.registry.security;

import java.util.Locale;

/**
 * What a principal may do. Each role grants a set of {@link Permission}s; an operation needs one
 * permission (see the operation table, {@code Operations}).
 */
public enum Role {
    /** Every read: registries, schemas, versions, exports, code-binding downloads, checks. */
    READER,
    /** Ingestion only: PutEvents, CloudEvents, NDJSON, the discover endpoint. */
    PRODUCER,
    /** A reader that also writes schemas, versions, tags, code bindings and schema rules. */
    WRITER,
    /** Everything, including registries, policies, discoverers, principals and the audit log. */
    ADMIN;

    /** Whether this role grants {@code permission}. */
    public boolean grants(Permission permission) {
        return switch (this) {
            case READER -> permission == Permission.READ || permission == Permission.INFER;
            case PRODUCER -> permission == Permission.INGEST || permission == Permission.INFER;
            case WRITER ->
                permission == Permission.READ || permission == Permission.INFER || permission == Permission.WRITE;
            case ADMIN -> true;
        };
    }

    /** The wire name: {@code reader}, {@code producer}, {@code writer}, {@code admin}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a wire name, ignoring case. */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Role '" + name + "' is not one of reader, producer, writer, admin.");
    }
}

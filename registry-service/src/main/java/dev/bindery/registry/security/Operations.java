package dev.bindery.registry.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operation table: for every operation of the API (named by its OpenAPI {@code operationId}),
 * the permission it needs, the IAM action a resource policy names it by, what its resource is, and
 * whether it changes anything (changes are audited). An operation missing from this table needs
 * an unrestricted admin, so a new endpoint is closed until someone decides who may call it; a test
 * checks that every route is listed.
 */
public final class Operations {

    /** What an operation acts on, which decides the resource ARN and the registry scope. */
    public enum Scope {
        /** Nothing that belongs to a registry: the account (list registries, principals, ingestion). */
        ACCOUNT,
        /** A registry, named by the {@code registryName} path or query parameter. */
        REGISTRY,
        /** A schema: {@code registryName} and {@code schemaName}. */
        SCHEMA,
        /** The resource named by the {@code resourceArn} path parameter (tags). */
        ARN
    }

    /** The API an operation belongs to, which decides error shapes and the SigV4 service name. */
    public enum Api {
        /** The Schemas API and Bindery's extensions in its style (rest-json; SigV4 service {@code schemas}). */
        SCHEMAS,
        /** The events API (awsJson 1.1; SigV4 service {@code events}). */
        EVENTS,
        /** Bindery's ingestion doors beside PutEvents (SigV4 service {@code events} or {@code schemas}). */
        INGEST
    }

    /**
     * One row of the table.
     *
     * @param name       the operation id, e.g. {@code DescribeSchema}
     * @param action     the IAM action, e.g. {@code schemas:DescribeSchema}
     * @param permission what the caller's role must grant
     * @param scope      what the operation acts on
     * @param api        which API it belongs to
     * @param mutates    whether it changes state (audited when allowed)
     */
    public record Operation(String name, String action, Permission permission, Scope scope, Api api, boolean mutates) {}

    private static final Map<String, Operation> TABLE = new LinkedHashMap<>();

    static {
        // registries
        schemas("ListRegistries", Permission.READ, Scope.ACCOUNT, false);
        schemas("DescribeRegistry", Permission.READ, Scope.REGISTRY, false);
        schemas("CreateRegistry", Permission.ADMIN, Scope.REGISTRY, true);
        schemas("UpdateRegistry", Permission.ADMIN, Scope.REGISTRY, true);
        schemas("DeleteRegistry", Permission.ADMIN, Scope.REGISTRY, true);
        // schemas and versions
        schemas("ListSchemas", Permission.READ, Scope.REGISTRY, false);
        schemas("SearchSchemas", Permission.READ, Scope.REGISTRY, false);
        schemas("DescribeSchema", Permission.READ, Scope.SCHEMA, false);
        schemas("ListSchemaVersions", Permission.READ, Scope.SCHEMA, false);
        schemas("ExportSchema", Permission.READ, Scope.SCHEMA, false);
        schemas("CreateSchema", Permission.WRITE, Scope.SCHEMA, true);
        schemas("UpdateSchema", Permission.WRITE, Scope.SCHEMA, true);
        schemas("DeleteSchema", Permission.WRITE, Scope.SCHEMA, true);
        schemas("DeleteSchemaVersion", Permission.WRITE, Scope.SCHEMA, true);
        // code bindings
        schemas("PutCodeBinding", Permission.WRITE, Scope.SCHEMA, true);
        schemas("DescribeCodeBinding", Permission.READ, Scope.SCHEMA, false);
        schemas("GetCodeBindingSource", Permission.READ, Scope.SCHEMA, false);
        // tags (a discoverer's tags need an admin: see Authorizer)
        schemas("ListTagsForResource", Permission.READ, Scope.ARN, false);
        schemas("TagResource", Permission.WRITE, Scope.ARN, true);
        schemas("UntagResource", Permission.WRITE, Scope.ARN, true);
        // resource policies
        schemas("GetResourcePolicy", Permission.ADMIN, Scope.REGISTRY, false);
        schemas("PutResourcePolicy", Permission.ADMIN, Scope.REGISTRY, true);
        schemas("DeleteResourcePolicy", Permission.ADMIN, Scope.REGISTRY, true);
        // compatibility (Bindery extension)
        schemas("GetRegistryCompatibility", Permission.READ, Scope.REGISTRY, false);
        schemas("PutRegistryCompatibility", Permission.ADMIN, Scope.REGISTRY, true);
        schemas("GetSchemaCompatibility", Permission.READ, Scope.SCHEMA, false);
        schemas("PutSchemaCompatibility", Permission.WRITE, Scope.SCHEMA, true);
        schemas("DeleteSchemaCompatibility", Permission.WRITE, Scope.SCHEMA, true);
        schemas("CheckSchemaCompatibility", Permission.READ, Scope.SCHEMA, false);
        schemas("DiffSchemaVersions", Permission.READ, Scope.SCHEMA, false);
        schemas("GetVersionCompatibility", Permission.READ, Scope.SCHEMA, false);
        schemas("GetDiscoveryStatistics", Permission.READ, Scope.SCHEMA, false);
        // the Kafka tap's progress (Bindery extension)
        schemas("GetKafkaTapStatus", Permission.READ, Scope.ACCOUNT, false);
        // discoverers
        schemas("ListDiscoverers", Permission.READ, Scope.ACCOUNT, false);
        schemas("DescribeDiscoverer", Permission.READ, Scope.ACCOUNT, false);
        schemas("CreateDiscoverer", Permission.ADMIN, Scope.ACCOUNT, true);
        schemas("UpdateDiscoverer", Permission.ADMIN, Scope.ACCOUNT, true);
        schemas("DeleteDiscoverer", Permission.ADMIN, Scope.ACCOUNT, true);
        schemas("StartDiscoverer", Permission.ADMIN, Scope.ACCOUNT, true);
        schemas("StopDiscoverer", Permission.ADMIN, Scope.ACCOUNT, true);
        // ingestion
        add(new Operation("PutEvents", "events:PutEvents", Permission.INGEST, Scope.ACCOUNT, Api.EVENTS, false));
        ingest("PutCloudEvents");
        // event patterns and rules (rules are stored to be checked; Bindery delivers no events)
        events("TestEventPattern", Permission.INFER, false);
        events("PutRule", Permission.WRITE, true);
        events("DescribeRule", Permission.READ, false);
        events("ListRules", Permission.READ, false);
        events("DeleteRule", Permission.WRITE, true);
        events("EnableRule", Permission.WRITE, true);
        events("DisableRule", Permission.WRITE, true);
        events("PutTargets", Permission.WRITE, true);
        // the pattern lint (Bindery extension)
        schemas("LintEventPattern", Permission.READ, Scope.ACCOUNT, false);
        schemas("LintRule", Permission.READ, Scope.ACCOUNT, false);
        ingest("PutEventsNdjson");
        ingest("PutApiDestinationEvents");
        // infers a schema from sample events and stores nothing: for producers and for readers (the Maven plugin)
        add(new Operation(
                "GetDiscoveredSchema",
                "schemas:GetDiscoveredSchema",
                Permission.INFER,
                Scope.ACCOUNT,
                Api.SCHEMAS,
                false));
        // principals, credentials and the audit log (Bindery extension)
        bindery("ListPrincipals", false);
        bindery("DescribePrincipal", false);
        bindery("CreatePrincipal", true);
        bindery("UpdatePrincipal", true);
        bindery("DeletePrincipal", true);
        bindery("ListAccessKeys", false);
        bindery("CreateAccessKey", true);
        bindery("DeleteAccessKey", true);
        bindery("ListTokens", false);
        bindery("CreateToken", true);
        bindery("DeleteToken", true);
        bindery("ListAuditEvents", false);
    }

    private Operations() {}

    /** The row of {@code operationId}, if the table has one. */
    public static Optional<Operation> find(String operationId) {
        return Optional.ofNullable(TABLE.get(operationId));
    }

    /** Every row, in table order (for documentation and tests). */
    public static Map<String, Operation> all() {
        return java.util.Collections.unmodifiableMap(TABLE);
    }

    /**
     * The row for an operation the table does not list: it needs an unrestricted admin, and counts
     * as a change, so that it is audited.
     */
    public static Operation unlisted(String operationId) {
        return new Operation(operationId, "bindery:" + operationId, Permission.ADMIN, Scope.ACCOUNT, Api.SCHEMAS, true);
    }

    private static void schemas(String name, Permission permission, Scope scope, boolean mutates) {
        add(new Operation(name, "schemas:" + name, permission, scope, Api.SCHEMAS, mutates));
    }

    private static void events(String name, Permission permission, boolean mutates) {
        add(new Operation(name, "events:" + name, permission, Scope.ACCOUNT, Api.EVENTS, mutates));
    }

    private static void ingest(String name) {
        add(new Operation(name, "events:" + name, Permission.INGEST, Scope.ACCOUNT, Api.INGEST, false));
    }

    private static void bindery(String name, boolean mutates) {
        add(new Operation(name, "bindery:" + name, Permission.ADMIN, Scope.ACCOUNT, Api.SCHEMAS, mutates));
    }

    private static void add(Operation operation) {
        TABLE.put(operation.name(), operation);
    }
}

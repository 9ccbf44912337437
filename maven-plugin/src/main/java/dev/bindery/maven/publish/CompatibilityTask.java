package dev.bindery.maven.publish;

import dev.bindery.maven.registry.CompatibilityReport;
import dev.bindery.maven.registry.HttpRegistryClient;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.registry.RegistryException;
import dev.bindery.maven.schema.Console;
import dev.bindery.maven.schema.LocalSchema;
import dev.bindery.maven.schema.LocalSchemas;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the registry whether each local schema file may become the next version of its schema, and
 * fails when one may not, listing every breaking finding with the version and path it concerns. A
 * schema the registry does not have yet passes: there is nothing to be compatible with.
 */
public final class CompatibilityTask {
    private final CompatibilityRequest request;
    private final RegistryClient client;
    private final Console console;

    public CompatibilityTask(CompatibilityRequest request, RegistryAccess access, Console console) {
        this(request, new HttpRegistryClient(access), console);
    }

    CompatibilityTask(CompatibilityRequest request, RegistryClient client, Console console) {
        this.request = request;
        this.client = client;
        this.console = console;
    }

    /** Thrown when at least one schema is incompatible; the message lists every breaking finding. */
    public static final class IncompatibleSchemaException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IncompatibleSchemaException(String message) {
            super(message);
        }
    }

    /** Checks every file; returns the names of the incompatible schemas. */
    public List<String> run() {
        List<LocalSchema> files = LocalSchemas.scan(request.schemaDirectory(), request.includes(), request.excludes());
        if (files.isEmpty()) {
            console.warn("No schema files to check in " + request.schemaDirectory());
        }
        List<String> incompatible = new ArrayList<>();
        StringBuilder failures = new StringBuilder();
        for (LocalSchema file : files) {
            String name = file.schemaName();
            CompatibilityReport report;
            try {
                report = client.checkCompatibility(
                        request.registry(),
                        name,
                        file.registryType(),
                        file.jsonContent(),
                        request.mode(),
                        request.policy());
            } catch (RegistryException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                console.info(name + ": new schema, nothing to check");
                continue;
            }
            String against =
                    " with versions " + report.checkedVersions() + " (" + report.mode() + ", " + report.policy() + ")";
            if (report.compatible()) {
                console.info(name + ": compatible" + against);
                for (CompatibilityReport.Finding f : report.findings()) {
                    console.info("  " + describe(f));
                }
                continue;
            }
            incompatible.add(name);
            failures.append("\n")
                    .append(name)
                    .append(" (")
                    .append(file.relativePath())
                    .append(") is incompatible")
                    .append(against)
                    .append(':');
            for (CompatibilityReport.Finding f : report.breaking()) {
                failures.append("\n  ").append(describe(f));
            }
        }
        if (!incompatible.isEmpty()) {
            String message = incompatible.size() + " schema(s) incompatible with registry " + request.registry()
                    + " at " + client.url() + ":" + failures;
            if (request.failOnIncompatible()) {
                throw new IncompatibleSchemaException(message);
            }
            console.warn(message);
        }
        return List.copyOf(incompatible);
    }

    private static String describe(CompatibilityReport.Finding f) {
        return "version " + f.version() + " " + f.path() + ": " + f.message() + " [" + f.kind()
                + (f.breaking() ? ", breaking" : "") + "]";
    }
}

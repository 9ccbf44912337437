package dev.bindery.maven.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.json.JsonMappers;
import dev.bindery.maven.registry.HttpRegistryClient;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.registry.RegistryException;
import dev.bindery.maven.registry.SchemaVersion;
import dev.bindery.maven.schema.Console;
import dev.bindery.maven.schema.LocalSchema;
import dev.bindery.maven.schema.LocalSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Local files → registry. Each file is the schema named by its file name without the extension. A
 * schema the registry lacks is created (CreateSchema); one whose latest content differs gets a new
 * version (UpdateSchema); one whose latest content is the same text or the same JSON value is left
 * alone, so registering twice creates nothing.
 */
public final class RegisterTask {

    private final RegisterRequest request;
    private final RegistryClient client;
    private final Console console;

    public RegisterTask(RegisterRequest request, RegistryAccess access, Console console) {
        this(request, new HttpRegistryClient(access), console);
    }

    RegisterTask(RegisterRequest request, RegistryClient client, Console console) {
        this.request = request;
        this.client = client;
        this.console = console;
    }

    /** What happened to one schema. */
    public enum Change {
        CREATED,
        NEW_VERSION,
        UNCHANGED
    }

    /** The outcome for one schema file. */
    public record Outcome(String schema, Change change, String version) {}

    public List<Outcome> run() {
        List<LocalSchema> files = LocalSchemas.scan(request.schemaDirectory(), request.includes(), request.excludes());
        if (files.isEmpty()) {
            console.warn("No schema files to register in " + request.schemaDirectory());
            return List.of();
        }
        String registry = request.registry();
        if (!client.registryExists(registry)) {
            if (!request.createRegistry()) {
                throw new IllegalStateException("Registry " + registry + " does not exist at " + client.url()
                        + "; create it, or let the plugin create it with -Dbindery.createRegistry=true");
            }
            client.createRegistry(registry);
            console.info("Created registry " + registry);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (LocalSchema file : files) {
            outcomes.add(register(registry, file));
        }
        long changed =
                outcomes.stream().filter(o -> o.change() != Change.UNCHANGED).count();
        console.info("Registered " + files.size() + " schemas in " + registry + " at " + client.url() + ": " + changed
                + " changed, " + (files.size() - changed) + " unchanged");
        return List.copyOf(outcomes);
    }

    private Outcome register(String registry, LocalSchema file) {
        String name = file.schemaName();
        String type = file.registryType();
        String content = file.jsonContent();
        SchemaVersion latest;
        try {
            latest = client.describeSchema(registry, name, null);
        } catch (RegistryException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            String version = client.createSchema(registry, name, type, content, null);
            console.info(name + ": created (version " + version + ")");
            return new Outcome(name, Change.CREATED, version);
        }
        if (sameDocument(latest.content(), content)) {
            console.info(name + ": unchanged (version " + latest.version() + ")");
            return new Outcome(name, Change.UNCHANGED, latest.version());
        }
        try {
            String version = client.updateSchema(registry, name, type, content);
            console.info(name + ": new version " + version);
            return new Outcome(name, Change.NEW_VERSION, version);
        } catch (RegistryException e) {
            if (!e.isConflict()) {
                throw e;
            }
            console.info(name + ": unchanged (version " + latest.version() + ", the registry reports no change)");
            return new Outcome(name, Change.UNCHANGED, latest.version());
        }
    }

    /** Same text, or the same JSON value. */
    static boolean sameDocument(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            JsonNode x = JsonMappers.strict().readTree(a);
            JsonNode y = JsonMappers.strict().readTree(b);
            return x != null && x.equals(y);
        } catch (IOException e) {
            return false;
        }
    }
}

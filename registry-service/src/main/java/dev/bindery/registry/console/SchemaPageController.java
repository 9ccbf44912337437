package dev.bindery.registry.console;

import dev.bindery.registry.bindings.CodeBinding;
import dev.bindery.registry.bindings.CodeBindingService;
import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.SchemaService;
import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.DiffView;
import dev.bindery.registry.console.view.DiscoveredView;
import dev.bindery.registry.console.view.Frame;
import dev.bindery.registry.console.view.SchemaView;
import dev.bindery.registry.console.view.StatisticsView;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;

/** A schema's pages: a version, the diff of two versions, the JSON Schema export and the code-binding zips. */
@Hidden
@Controller("/console/registries/{registryName}/schemas/{schemaName}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SchemaPageController {

    /** How long a download waits for a binding being generated before it says to come back. */
    static final long BINDING_WAIT_MILLIS = 20_000;

    private final SchemaPages schemaPages;
    private final SchemaService schemas;
    private final CodeBindingService bindings;
    private final InputRules input;
    private final ConsoleAccess access;
    private final Pages pages;

    SchemaPageController(
            SchemaPages schemaPages,
            SchemaService schemas,
            CodeBindingService bindings,
            InputRules input,
            ConsoleAccess access,
            Pages pages) {
        this.schemaPages = schemaPages;
        this.schemas = schemas;
        this.bindings = bindings;
        this.input = input;
        this.access = access;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> schema(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @PathVariable String schemaName,
            @Nullable @QueryValue String version,
            @Nullable @QueryValue String next) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "DescribeSchema", registryName, schemaName, ConsoleRequests.source(request));
            Long number = version == null || version.isBlank() ? null : input.version(version.trim());
            SchemaView view;
            try {
                view = schemaPages.schema(session, registryName, schemaName, number, next);
            } catch (ApiException e) {
                var discovered = e.code() == ErrorCode.NotFoundException
                                && number == null
                                && access.allows(session, "GetDiscoveryStatistics", registryName, schemaName)
                        ? schemaPages.discoveredOnly(registryName, schemaName)
                        : java.util.Optional.<StatisticsView>empty();
                if (discovered.isEmpty()) {
                    throw e;
                }
                return pages.ok(
                        "discovered",
                        pages.frame(
                                request,
                                schemaName,
                                new Frame.Crumb(registryName, Urls.registry(registryName)),
                                new Frame.Crumb(schemaName, null)),
                        new DiscoveredView(registryName, schemaName, discovered.get()));
            }
            return pages.ok(
                    "schema",
                    pages.frame(
                            request,
                            schemaName + " · version " + view.version(),
                            new Frame.Crumb(registryName, Urls.registry(registryName)),
                            new Frame.Crumb(schemaName, null)),
                    view);
        });
    }

    @Get(uri = "/diff", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> diff(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @PathVariable String schemaName,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "DiffSchemaVersions", registryName, schemaName, ConsoleRequests.source(request));
            DiffView view = schemaPages.diff(registryName, schemaName, from, to);
            return pages.ok(
                    "diff",
                    pages.frame(
                            request,
                            schemaName + " · " + view.from() + " → " + view.to(),
                            new Frame.Crumb(registryName, Urls.registry(registryName)),
                            new Frame.Crumb(schemaName, Urls.schema(registryName, schemaName)),
                            new Frame.Crumb("Diff", null)),
                    view);
        });
    }

    @Get(uri = "/export")
    MutableHttpResponse<?> export(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @PathVariable String schemaName,
            @Nullable @QueryValue String version,
            @Nullable @QueryValue String type) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "ExportSchema", registryName, schemaName, ConsoleRequests.source(request));
            SchemaService.Exported exported = schemas.export(
                    registryName,
                    schemaName,
                    version == null || version.isBlank() ? null : version.trim(),
                    type == null || type.isBlank() ? "JSONSchemaDraft4" : type.trim());
            String file = fileName(schemaName) + "-" + exported.source().version() + ".schema.json";
            return HttpResponse.ok(exported.content().getBytes(StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        });
    }

    /**
     * The zip of a version's code binding. A caller who may generate bindings (PutCodeBinding) has a
     * missing one generated and waits for it; a reader gets the ones that exist.
     */
    @Get(uri = "/bindings/{language}")
    MutableHttpResponse<?> binding(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @PathVariable String schemaName,
            @PathVariable String language,
            @Nullable @QueryValue String version) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "GetCodeBindingSource", registryName, schemaName, ConsoleRequests.source(request));
            String wanted = version == null || version.isBlank() ? null : version.trim();
            if (access.allows(session, "PutCodeBinding", registryName, schemaName)) {
                access.require(session, "PutCodeBinding", registryName, schemaName, ConsoleRequests.source(request));
                awaitBinding(registryName, schemaName, wanted, language);
            }
            byte[] zip = bindings.source(registryName, schemaName, wanted, language);
            long number = bindings.describe(registryName, schemaName, wanted, language)
                    .version();
            String file = fileName(schemaName) + "-" + number + "-" + language + ".zip";
            return HttpResponse.ok(zip)
                    .contentType(MediaType.of("application/zip"))
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        });
    }

    private void awaitBinding(String registry, String schema, @Nullable String version, String language) {
        CodeBinding state = bindings.put(registry, schema, version, language);
        long deadline = System.currentTimeMillis() + BINDING_WAIT_MILLIS;
        while (state.status() == CodeBinding.Status.CREATE_IN_PROGRESS && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            state = bindings.describe(registry, schema, version, language);
        }
        if (state.status() == CodeBinding.Status.CREATE_IN_PROGRESS) {
            throw ApiException.conflict(
                    "The %s code binding is still being generated; try the download again shortly.", language);
        }
    }

    /** A file name from a schema name: letters, digits, dots, dashes and underscores kept, the rest dashes. */
    private static String fileName(String schemaName) {
        return schemaName.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}

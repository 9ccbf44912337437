package dev.bindery.registry.console;

import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.Registry;
import dev.bindery.registry.catalog.RegistryService;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.catalog.SchemaSummary;
import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.ConfirmView;
import dev.bindery.registry.console.view.Frame;
import dev.bindery.registry.console.view.RegistryView;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.rules.CompatibilityRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;

/** A registry's page (its schemas, filtered and paged, and its rule) and setting the registry's rule. */
@Hidden
@Controller("/console/registries/{registryName}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RegistryPageController {

    static final int PAGE_SIZE = 50;

    private final RegistryService registries;
    private final SchemaQueries reader;
    private final CompatibilityRules rules;
    private final ConsoleAccess access;
    private final Pages pages;

    RegistryPageController(
            RegistryService registries,
            SchemaQueries reader,
            CompatibilityRules rules,
            ConsoleAccess access,
            Pages pages) {
        this.registries = registries;
        this.reader = reader;
        this.rules = rules;
        this.access = access;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> registry(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @Nullable @QueryValue String prefix,
            @Nullable @QueryValue String next) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "ListSchemas", registryName, null, ConsoleRequests.source(request));
            Registry registry = registries.describe(registryName);
            String filter = prefix == null ? "" : prefix.trim();
            Page<SchemaSummary> page = reader.list(registryName, filter, PAGE_SIZE, next);
            List<RegistryView.SchemaEntry> schemas = page.items().stream()
                    .map(s -> new RegistryView.SchemaEntry(
                            s.name(), s.versionCount(), s.lastModified(), Urls.schema(registryName, s.name())))
                    .toList();
            RegistryView view = new RegistryView(
                    registryName,
                    registry.description(),
                    Rules.view(rules.ofRegistry(registryName)),
                    filter,
                    schemas,
                    page.nextToken(),
                    reader.count(registryName),
                    access.allows(session, "PutRegistryCompatibility", registryName, null),
                    access.allows(session, "UpdateSchema", registryName, null));
            return pages.ok("registry", pages.frame(request, registryName, new Frame.Crumb(registryName, null)), view);
        });
    }

    @Post(uri = "/compatibility", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> setRule(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @Nullable String csrf,
            @Nullable String mode,
            @Nullable String policy,
            @Nullable String confirm) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            access.require(session, "PutRegistryCompatibility", registryName, null, ConsoleRequests.source(request));
            registries.describe(registryName);
            Rules.check(mode, policy);
            if (!"yes".equals(confirm)) {
                return pages.ok(
                        "confirm",
                        pages.frame(request, "Set the rule of " + registryName),
                        new ConfirmView(
                                "Set the compatibility rule of registry " + registryName + "?",
                                "New versions of the schemas of " + registryName
                                        + " without a rule of their own will be " + "checked with mode " + mode
                                        + " and policy " + policy + ".",
                                Urls.registry(registryName) + "/compatibility",
                                List.of(
                                        Rules.field("mode", String.valueOf(mode)),
                                        Rules.field("policy", String.valueOf(policy))),
                                "Set rule",
                                Urls.registry(registryName),
                                false,
                                null));
            }
            rules.setRegistry(registryName, mode, policy);
            return pages.message(
                    request,
                    "Rule set",
                    "Registry " + registryName + " now checks with mode " + mode + " and policy " + policy + ".",
                    Urls.registry(registryName),
                    "Back to " + registryName);
        });
    }
}

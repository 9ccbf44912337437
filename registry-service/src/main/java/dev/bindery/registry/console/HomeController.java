package dev.bindery.registry.console;

import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.Registry;
import dev.bindery.registry.catalog.RegistryService;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.catalog.SearchHit;
import dev.bindery.registry.catalog.VersionSummary;
import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.ConfirmView;
import dev.bindery.registry.console.view.Frame;
import dev.bindery.registry.console.view.HomeView;
import dev.bindery.registry.console.view.SearchView;
import dev.bindery.registry.console.view.Urls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The console's start page (registries with schema counts), the search over all of them, and creating a registry. */
@Hidden
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
final class HomeController {

    static final int SEARCH_HITS_PER_REGISTRY = 25;

    private final RegistryService registries;
    private final SchemaQueries reader;
    private final ConsoleAccess access;
    private final Pages pages;

    HomeController(RegistryService registries, SchemaQueries reader, ConsoleAccess access, Pages pages) {
        this.registries = registries;
        this.reader = reader;
        this.access = access;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> home(HttpRequest<?> request, @Nullable @QueryValue String next) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "ListRegistries", null, null, ConsoleRequests.source(request));
            Page<Registry> page =
                    registries.list(null, null, 100, next, name -> access.allows(session, "ListSchemas", name, null));
            List<HomeView.RegistryEntry> entries = page.items().stream()
                    .map(r -> new HomeView.RegistryEntry(r.name(), r.description(), reader.count(r.name())))
                    .toList();
            return pages.ok(
                    "home",
                    pages.frame(request, "Registries"),
                    new HomeView(entries, page.nextToken(), access.allows(session, "CreateRegistry", null, null)));
        });
    }

    @Get(uri = "/search", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> search(HttpRequest<?> request, @Nullable @QueryValue String q) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            String query = q == null ? "" : q.trim();
            List<SearchView.Hit> hits = new ArrayList<>();
            boolean truncated = false;
            if (!query.isEmpty()) {
                for (String registry : visibleRegistries(session)) {
                    Page<SearchHit> found = reader.search(registry, query, SEARCH_HITS_PER_REGISTRY, null);
                    truncated |= found.nextToken() != null;
                    for (SearchHit hit : found.items()) {
                        hits.add(new SearchView.Hit(
                                registry,
                                hit.schemaName(),
                                hit.versions().stream()
                                        .map(VersionSummary::version)
                                        .toList()));
                    }
                }
            }
            String title = query.isEmpty() ? "Search" : "Search: " + query;
            return pages.ok(
                    "search",
                    pages.frame(request, title, new Frame.Crumb("Search", null)),
                    new SearchView(query, hits, truncated));
        });
    }

    /** Creates a registry after a confirmation step: the first post shows what will happen, the second does it. */
    @Post(uri = "/registries", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> createRegistry(
            HttpRequest<?> request,
            @Nullable String csrf,
            @Nullable String name,
            @Nullable String description,
            @Nullable String confirm) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            String registry = name == null ? "" : name.trim();
            access.require(session, "CreateRegistry", registry, null, ConsoleRequests.source(request));
            String text = description == null || description.isBlank() ? null : description.trim();
            if (!"yes".equals(confirm)) {
                return pages.ok(
                        "confirm",
                        pages.frame(request, "Create registry " + registry),
                        new ConfirmView(
                                "Create registry " + registry + "?",
                                "A new, empty registry named " + registry + " will be created"
                                        + (text == null ? "." : " with the description: " + text),
                                Urls.HOME + "/registries",
                                List.of(
                                        new ConfirmView.Field("name", registry),
                                        new ConfirmView.Field("description", text == null ? "" : text)),
                                "Create registry",
                                Urls.HOME,
                                false,
                                null));
            }
            registries.create(registry, text, Map.of());
            return pages.message(
                    request,
                    "Registry created",
                    "Registry " + registry + " was created.",
                    Urls.registry(registry),
                    "Open " + registry);
        });
    }

    private List<String> visibleRegistries(ConsoleSession session) {
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            Page<Registry> page = registries.list(
                    null, null, 100, token, name -> access.allows(session, "SearchSchemas", name, null));
            page.items().forEach(r -> names.add(r.name()));
            token = page.nextToken();
        } while (token != null);
        return names;
    }
}

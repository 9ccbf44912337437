package dev.bindery.registry.console;

import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.DiscoverersView;
import dev.bindery.registry.console.view.Frame;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.discovery.Discoverer;
import dev.bindery.registry.discovery.DiscovererService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.net.URI;

/** The discoverers: list them, start and stop them. */
@Hidden
@Controller("/console/discoverers")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DiscovererPageController {

    private final DiscovererService discoverers;
    private final ConsoleAccess access;
    private final Pages pages;

    DiscovererPageController(DiscovererService discoverers, ConsoleAccess access, Pages pages) {
        this.discoverers = discoverers;
        this.access = access;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String next) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            access.require(session, "ListDiscoverers", null, null, ConsoleRequests.source(request));
            Page<Discoverer> page = discoverers.list(null, null, 100, next);
            DiscoverersView view = new DiscoverersView(
                    page.items().stream()
                            .map(d -> new DiscoverersView.Entry(
                                    d.discovererId(),
                                    d.sourceArn(),
                                    d.description(),
                                    d.state().name()))
                            .toList(),
                    page.nextToken(),
                    access.allows(session, "StartDiscoverer", null, null));
            return pages.ok(
                    "discoverers", pages.frame(request, "Discoverers", new Frame.Crumb("Discoverers", null)), view);
        });
    }

    @Post(uri = "/{discovererId}/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> start(HttpRequest<?> request, @PathVariable String discovererId, @Nullable String csrf) {
        return change(request, discovererId, csrf, "StartDiscoverer", Discoverer.State.STARTED);
    }

    @Post(uri = "/{discovererId}/stop", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> stop(HttpRequest<?> request, @PathVariable String discovererId, @Nullable String csrf) {
        return change(request, discovererId, csrf, "StopDiscoverer", Discoverer.State.STOPPED);
    }

    private MutableHttpResponse<?> change(
            HttpRequest<?> request, String id, @Nullable String csrf, String operation, Discoverer.State state) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            access.require(session, operation, null, null, ConsoleRequests.source(request));
            discoverers.setState(id, state);
            return HttpResponse.seeOther(URI.create(Urls.HOME + "/discoverers"));
        });
    }
}

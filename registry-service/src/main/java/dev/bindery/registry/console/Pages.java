package dev.bindery.registry.console;

import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.Frame;
import dev.bindery.registry.console.view.MessageView;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.error.ApiException;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders the console's templates (compiled at build time: no template compiler runs in the server)
 * into HTML answers, and turns the services' refusals into error pages with the status the API would
 * answer.
 */
@Singleton
final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The frame of a page: title and breadcrumbs after the console's home, and who is logged in. */
    Frame frame(HttpRequest<?> request, String title, Frame.Crumb... crumbs) {
        ConsoleSession session = request.getAttribute(ConsoleRequests.SESSION, ConsoleSession.class)
                .orElse(null);
        List<Frame.Crumb> trail = new ArrayList<>();
        trail.add(new Frame.Crumb("Bindery", crumbs.length == 0 ? null : Urls.HOME));
        trail.addAll(List.of(crumbs));
        if (session == null) {
            return new Frame(title, trail, null, null, null);
        }
        return new Frame(
                title,
                trail,
                session.principal() == null ? null : session.principal().name(),
                session.principal() == null ? null : session.principal().role().wireName(),
                session.csrfToken());
    }

    MutableHttpResponse<String> ok(String template, Frame frame, Object view) {
        return render(HttpStatus.OK, template, frame, view);
    }

    MutableHttpResponse<String> render(HttpStatus status, String template, Frame frame, Object view) {
        StringOutput output = new StringOutput(8192);
        engine.render(template + ".jte", Map.of("frame", frame, "view", view), output);
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .body(output.toString());
    }

    /** A page saying what happened, with a link onwards. */
    MutableHttpResponse<String> message(
            HttpRequest<?> request,
            String heading,
            String message,
            @Nullable String linkHref,
            @Nullable String linkLabel) {
        return ok("message", frame(request, heading), new MessageView(heading, message, linkHref, linkLabel, false));
    }

    /** Runs a page's work; a refusal from the services becomes an error page with the API's status. */
    MutableHttpResponse<?> guarded(HttpRequest<?> request, Supplier<MutableHttpResponse<?>> page) {
        try {
            return page.get();
        } catch (ApiException e) {
            String heading = switch (e.code()) {
                case NotFoundException -> "Not found";
                case ForbiddenException -> "Not allowed";
                case ConflictException -> "Conflict";
                default -> "That did not work";
            };
            return render(
                    HttpStatus.valueOf(e.code().status()),
                    "message",
                    frame(request, heading),
                    new MessageView(heading, e.getMessage(), Urls.HOME, "Back to the registries", true));
        }
    }
}

package dev.bindery.registry.console;

import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.catalog.SchemaService;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.view.ConfirmView;
import dev.bindery.registry.console.view.Frame;
import dev.bindery.registry.console.view.UploadView;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.content.ContentValidator;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.rules.CompatibilityRules;
import dev.bindery.registry.rules.CompatibilityService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
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
import java.util.Map;

/**
 * The console's schema changes, each shown before it is made: a new version (with the compatibility
 * check of its content) or a new schema, deleting a version, and setting a schema's rule.
 */
@Hidden
@Controller("/console/registries/{registryName}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SchemaWriteController {

    private final SchemaQueries reader;
    private final SchemaService schemas;
    private final CompatibilityService compatibility;
    private final CompatibilityRules rules;
    private final ContentValidator validator;
    private final InputRules input;
    private final ConsoleAccess access;
    private final Pages pages;

    SchemaWriteController(
            SchemaQueries reader,
            SchemaService schemas,
            CompatibilityService compatibility,
            CompatibilityRules rules,
            ContentValidator validator,
            InputRules input,
            ConsoleAccess access,
            Pages pages) {
        this.validator = validator;
        this.input = input;
        this.reader = reader;
        this.schemas = schemas;
        this.compatibility = compatibility;
        this.rules = rules;
        this.access = access;
        this.pages = pages;
    }

    @Get(uri = "/upload", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> uploadForm(
            HttpRequest<?> request, @PathVariable String registryName, @Nullable @QueryValue String schema) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.session(request);
            String name = schema == null ? "" : schema.trim();
            access.require(
                    session,
                    "UpdateSchema",
                    registryName,
                    name.isEmpty() ? null : name,
                    ConsoleRequests.source(request));
            UploadView view = new UploadView(registryName, name, "OpenApi3", "", "", null);
            if (!name.isEmpty() && exists(registryName, name)) {
                SchemaVersion latest = reader.describe(registryName, name, null);
                view = new UploadView(registryName, name, latest.type().name(), "", latest.content(), null);
            }
            return form(request, view, HttpStatus.OK);
        });
    }

    @Post(uri = "/upload", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> upload(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @Nullable String csrf,
            @Nullable String schema,
            @Nullable String type,
            @Nullable String description,
            @Nullable String content,
            @Nullable String confirm) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            String name = schema == null ? "" : schema.trim();
            String schemaType = type == null || type.isBlank() ? "OpenApi3" : type.trim();
            String text = description == null || description.isBlank() ? null : description.trim();
            String body = content == null ? "" : content;
            boolean existing = !name.isEmpty() && exists(registryName, name);
            access.require(
                    session,
                    existing ? "UpdateSchema" : "CreateSchema",
                    registryName,
                    name,
                    ConsoleRequests.source(request));
            UploadView again = new UploadView(registryName, name, schemaType, text == null ? "" : text, body, null);
            try {
                if (!"yes".equals(confirm)) {
                    return confirmation(request, registryName, name, schemaType, text, body, existing);
                }
                SchemaService.Input input =
                        new SchemaService.Input(body, schemaType, text, existing ? null : Map.of(), null);
                SchemaVersion saved = existing
                        ? schemas.update(registryName, name, input)
                        : schemas.create(registryName, name, input);
                return pages.message(
                        request,
                        "Version saved",
                        "Version " + saved.version() + " of " + name + " was saved.",
                        Urls.version(registryName, name, saved.version()),
                        "Open version " + saved.version());
            } catch (ApiException e) {
                if (e.code() != ErrorCode.BadRequestException && e.code() != ErrorCode.ConflictException) {
                    throw e;
                }
                return form(
                        request,
                        new UploadView(
                                again.registry(),
                                again.schema(),
                                again.type(),
                                again.description(),
                                again.content(),
                                e.getMessage()),
                        HttpStatus.valueOf(e.code().status()));
            }
        });
    }

    @Post(
            uri = "/schemas/{schemaName}/versions/{version}/delete",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> deleteVersion(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @PathVariable String schemaName,
            @PathVariable String version,
            @Nullable String csrf,
            @Nullable String confirm) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            access.require(session, "DeleteSchemaVersion", registryName, schemaName, ConsoleRequests.source(request));
            long number = input.version(version);
            reader.describe(registryName, schemaName, number);
            String action = Urls.schema(registryName, schemaName) + "/versions/" + version + "/delete";
            if (!"yes".equals(confirm)) {
                return pages.ok(
                        "confirm",
                        pages.frame(request, "Delete version " + version),
                        new ConfirmView(
                                "Delete version " + version + " of " + schemaName + "?",
                                "Version " + version + " of schema " + schemaName + " in registry " + registryName
                                        + " will be deleted. Its number is not given out again.",
                                action,
                                List.of(),
                                "Delete version " + version,
                                Urls.version(registryName, schemaName, number),
                                true,
                                null));
            }
            schemas.deleteVersion(registryName, schemaName, version);
            return pages.message(
                    request,
                    "Version deleted",
                    "Version " + version + " of " + schemaName + " was deleted.",
                    Urls.registry(registryName),
                    "Back to " + registryName);
        });
    }

    @Post(
            uri = "/schemas/{schemaName}/compatibility",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> setRule(
            HttpRequest<?> request,
            @PathVariable String registryName,
            @PathVariable String schemaName,
            @Nullable String csrf,
            @Nullable String mode,
            @Nullable String policy,
            @Nullable String confirm) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            access.require(
                    session, "PutSchemaCompatibility", registryName, schemaName, ConsoleRequests.source(request));
            reader.requireSchema(registryName, schemaName);
            Rules.check(mode, policy);
            if (!"yes".equals(confirm)) {
                return pages.ok(
                        "confirm",
                        pages.frame(request, "Set the rule of " + schemaName),
                        new ConfirmView(
                                "Set the compatibility rule of " + schemaName + "?",
                                "New versions of " + schemaName + " will be checked with mode " + mode + " and policy "
                                        + policy + ", whatever the registry's rule.",
                                Urls.schema(registryName, schemaName) + "/compatibility",
                                List.of(Rules.field("mode", mode), Rules.field("policy", policy)),
                                "Set rule",
                                Urls.schema(registryName, schemaName),
                                false,
                                null));
            }
            rules.setSchema(registryName, schemaName, mode, policy);
            return pages.message(
                    request,
                    "Rule set",
                    schemaName + " now checks with mode " + mode + " and policy " + policy + ".",
                    Urls.schema(registryName, schemaName),
                    "Back to " + schemaName);
        });
    }

    private MutableHttpResponse<?> confirmation(
            HttpRequest<?> request,
            String registry,
            String schema,
            String type,
            @Nullable String description,
            String content,
            boolean existing) {
        ConfirmView.Check check = null;
        if (existing) {
            CompatibilityService.Verdict verdict = compatibility.check(registry, schema, content, type, null, null);
            check = new ConfirmView.Check(
                    verdict.mode().name(),
                    verdict.policy().name(),
                    verdict.compatible(),
                    verdict.checkedVersions(),
                    Rules.findings(verdict.findings()));
        } else {
            input.schemaName(schema);
            validator.validate(SchemaType.parse("Type", type), input.content(content));
        }
        List<ConfirmView.Field> fields = List.of(
                Rules.field("schema", schema),
                Rules.field("type", type),
                Rules.field("description", description == null ? "" : description),
                Rules.field("content", content));
        String heading = existing ? "Save a new version of " + schema + "?" : "Create schema " + schema + "?";
        String message = existing
                ? "The content below becomes the next version of " + schema + " in " + registry + "."
                : "Schema " + schema + " will be created in " + registry + " with this content as version 1.";
        return pages.ok(
                "confirm",
                pages.frame(
                        request,
                        heading,
                        new Frame.Crumb(registry, Urls.registry(registry)),
                        new Frame.Crumb("Upload", null)),
                new ConfirmView(
                        heading,
                        message,
                        Urls.registry(registry) + "/upload",
                        fields,
                        existing ? "Save version" : "Create schema",
                        Urls.registry(registry),
                        false,
                        check));
    }

    private MutableHttpResponse<?> form(HttpRequest<?> request, UploadView view, HttpStatus status) {
        return pages.render(
                status,
                "upload",
                pages.frame(
                        request,
                        "Upload a version",
                        new Frame.Crumb(view.registry(), Urls.registry(view.registry())),
                        new Frame.Crumb("Upload", null)),
                view);
    }

    private boolean exists(String registry, String schema) {
        try {
            reader.requireSchema(registry, schema);
            return true;
        } catch (ApiException e) {
            if (e.code() == ErrorCode.NotFoundException) {
                return false;
            }
            throw e;
        }
    }
}

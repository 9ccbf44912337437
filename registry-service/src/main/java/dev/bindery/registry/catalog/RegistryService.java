package dev.bindery.registry.catalog;

import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.RegistryRepository;
import dev.bindery.registry.store.RegistryRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Registries: create, describe, update, delete and list. The built-in registries
 * ({@code discovered-schemas}, {@code aws.events}) exist from the first start and cannot be deleted.
 */
@Singleton
public class RegistryService {

    private static final String TOKEN_KIND = "registries";

    private final RegistryRepository registries;
    private final Tags tags;
    private final InputRules rules;
    private final ApplicationEventPublisher<SchemaChanged> changes;

    public RegistryService(
            RegistryRepository registries,
            Tags tags,
            InputRules rules,
            ApplicationEventPublisher<SchemaChanged> changes) {
        this.changes = changes;
        this.registries = registries;
        this.tags = tags;
        this.rules = rules;
    }

    public Registry create(String name, @Nullable String description, Map<String, String> newTags) {
        rules.registryName(name);
        rules.description(description);
        tags.check(newTags);
        if (registries.findByName(name).isPresent()) {
            throw alreadyExists(name);
        }
        RegistryRow row = new RegistryRow(
                null,
                name,
                description,
                "LOCAL",
                false,
                tags.write(newTags),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            return toRegistry(registries.save(row));
        } catch (DataAccessException e) {
            if (UniqueViolation.isCauseOf(e)) {
                throw alreadyExists(name);
            }
            throw e;
        }
    }

    public Registry describe(String name) {
        return toRegistry(require(name));
    }

    @Transactional
    public Registry update(String name, @Nullable String description) {
        rules.description(description);
        RegistryRow row = registries.findByNameForUpdate(name).orElseThrow(() -> notFound(name));
        if (description == null) {
            return toRegistry(row);
        }
        return toRegistry(registries.update(row.withDescription(description)));
    }

    @Transactional
    public void delete(String name) {
        RegistryRow row = registries.findByNameForUpdate(name).orElseThrow(() -> notFound(name));
        if (row.builtin()) {
            throw ApiException.forbidden("Registry %s is built in and cannot be deleted.", name);
        }
        registries.delete(row);
        changes.publishEvent(new SchemaChanged(name, null));
    }

    /**
     * Registries whose names start with {@code prefix}, in scope {@code Local} or {@code AWS} if
     * given, that the caller may see: pages are filled from as many rows as it takes, so a caller
     * limited to some registries gets full pages and a token only when more visible ones follow.
     */
    public Page<Registry> list(
            @Nullable String prefix,
            @Nullable String scope,
            @Nullable Integer limit,
            @Nullable String nextToken,
            Predicate<String> visible) {
        int size = rules.pageSize(limit);
        String after = PageToken.decode(TOKEN_KIND, nextToken);
        String like = LikePatterns.startingWith(prefix == null ? "" : prefix);
        String inScope = scopeFilter(scope);
        List<RegistryRow> shown = new ArrayList<>();
        while (shown.size() <= size) {
            List<RegistryRow> rows = registries.page(like, after, inScope, size + 1);
            for (RegistryRow row : rows) {
                if (visible.test(row.name()) && shown.size() <= size) {
                    shown.add(row);
                }
            }
            if (rows.size() <= size) {
                break;
            }
            after = rows.get(rows.size() - 1).name();
        }
        return Page.of(shown, size, TOKEN_KIND, RegistryRow::name, this::toRegistry);
    }

    /** The registry row, or NotFoundException. */
    public RegistryRow require(String name) {
        return registries.findByName(name).orElseThrow(() -> notFound(name));
    }

    public static ApiException notFound(String name) {
        return ApiException.notFound("Registry %s does not exist.", name);
    }

    private static ApiException alreadyExists(String name) {
        return ApiException.conflict("Registry %s already exists.", name);
    }

    private static String scopeFilter(@Nullable String scope) {
        if (scope == null || scope.isEmpty()) {
            return "";
        }
        String upper = scope.toUpperCase(Locale.ROOT);
        if (!upper.equals("LOCAL") && !upper.equals("AWS")) {
            throw ApiException.badRequest("Scope '%s' must be Local or AWS.", scope);
        }
        return upper;
    }

    private Registry toRegistry(RegistryRow row) {
        return new Registry(row.name(), row.description(), tags.read(row.tags()));
    }
}

package dev.bindery.registry.catalog;

import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.RegistryRow;
import dev.bindery.registry.store.SchemaListing;
import dev.bindery.registry.store.SchemaRepository;
import dev.bindery.registry.store.SchemaRow;
import dev.bindery.registry.store.SchemaVersionRepository;
import dev.bindery.registry.store.SchemaVersionRow;
import dev.bindery.registry.store.VersionView;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The read side of schemas: describe a version, list schemas and versions, search. */
@Singleton
public class SchemaQueries {

    private static final String SCHEMAS_TOKEN = "schemas";
    private static final String VERSIONS_TOKEN = "versions";
    private static final String SEARCH_TOKEN = "search";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int SEARCH_CHUNK = 50;

    private final RegistryService registries;
    private final SchemaRepository schemas;
    private final SchemaVersionRepository versions;
    private final Tags tags;
    private final InputRules rules;
    private final DescribeCache cache;

    public SchemaQueries(
            RegistryService registries,
            SchemaRepository schemas,
            SchemaVersionRepository versions,
            Tags tags,
            InputRules rules,
            DescribeCache cache) {
        this.cache = cache;
        this.registries = registries;
        this.schemas = schemas;
        this.versions = versions;
        this.tags = tags;
        this.rules = rules;
    }

    /** A version of a schema, the latest when {@code version} is {@code null}; see {@link DescribeCache}. */
    public SchemaVersion describe(String registryName, String schemaName, @Nullable Long version) {
        return cache.get(registryName, schemaName, version, () -> load(registryName, schemaName, version));
    }

    /** As {@link #describe}, from the store: one query when found. Writers use it inside their transactions. */
    SchemaVersion load(String registryName, String schemaName, @Nullable Long version) {
        Optional<VersionView> view = version == null
                ? versions.latestView(registryName, schemaName)
                : versions.view(registryName, schemaName, version);
        if (view.isPresent()) {
            return toSchemaVersion(registryName, view.get());
        }
        requireSchema(registryName, schemaName);
        if (version == null) {
            // The schema exists now but had no latest version a moment ago: it was created in between (by
            // discovery, say), since writers never leave a schema without a version. Read again; only a
            // damaged store answers empty twice.
            return versions.latestView(registryName, schemaName)
                    .map(v -> toSchemaVersion(registryName, v))
                    .orElseThrow(() -> new IllegalStateException(
                            "schema " + schemaName + " in " + registryName + " has no latest version"));
        }
        throw versionNotFound(schemaName, version);
    }

    /** The schema row, or NotFoundException naming the registry or the schema that is missing. */
    public SchemaRow requireSchema(String registryName, String schemaName) {
        RegistryRow registry = registries.require(registryName);
        return schemas.findByRegistryIdAndName(registry.id(), schemaName)
                .orElseThrow(() -> schemaNotFound(registryName, schemaName));
    }

    public Page<SchemaSummary> list(
            String registryName, @Nullable String prefix, @Nullable Integer limit, @Nullable String nextToken) {
        int size = rules.pageSize(limit);
        String after = PageToken.decode(SCHEMAS_TOKEN, nextToken);
        RegistryRow registry = registries.require(registryName);
        List<SchemaListing> rows =
                schemas.page(registry.id(), LikePatterns.startingWith(prefix == null ? "" : prefix), after, size + 1);
        return Page.of(
                rows,
                size,
                SCHEMAS_TOKEN,
                SchemaListing::name,
                row -> new SchemaSummary(row.name(), row.lastModified(), tags.read(row.tags()), row.versionCount()));
    }

    /** How many schemas a registry holds. */
    public long count(String registryName) {
        return schemas.countByRegistryId(registries.require(registryName).id());
    }

    /** The versions of a schema, newest first. */
    public Page<VersionSummary> listVersions(
            String registryName, String schemaName, @Nullable Integer limit, @Nullable String nextToken) {
        int size = rules.pageSize(limit);
        String after = PageToken.decode(VERSIONS_TOKEN, nextToken);
        long before = after.isEmpty() ? Long.MAX_VALUE : rules.version(after);
        SchemaRow schema = requireSchema(registryName, schemaName);
        List<SchemaVersionRow> rows = versions.pageNewestFirst(schema.id(), before, size + 1);
        return Page.of(rows, size, VERSIONS_TOKEN, row -> Long.toString(row.version()), SchemaQueries::toSummary);
    }

    /**
     * Schemas with versions that match every keyword (space-separated, case-insensitive) in their
     * name or their content, with the matching versions newest first.
     */
    public Page<SearchHit> search(
            String registryName, String keywords, @Nullable Integer limit, @Nullable String nextToken) {
        List<String> words = keywords == null
                ? List.of()
                : WHITESPACE
                        .splitAsStream(keywords.trim())
                        .filter(w -> !w.isEmpty())
                        .toList();
        if (words.isEmpty()) {
            throw ApiException.badRequest("keywords must hold at least one word.");
        }
        int size = rules.pageSize(limit);
        String after = PageToken.decode(SEARCH_TOKEN, nextToken);
        RegistryRow registry = registries.require(registryName);
        List<SearchHit> hits = new ArrayList<>();
        String pattern = LikePatterns.containingIgnoreCase(words.get(0));
        String cursor = after;
        // Candidates match the first keyword; the others are checked per version. Fetch them in
        // chunks until the page is full (plus one, to know whether there is more).
        while (hits.size() <= size) {
            List<SchemaRow> candidates = schemas.matching(registry.id(), cursor, pattern, SEARCH_CHUNK);
            for (SchemaRow candidate : candidates) {
                List<VersionSummary> matched = matchingVersions(candidate, words);
                if (!matched.isEmpty()) {
                    hits.add(new SearchHit(candidate.name(), matched));
                    if (hits.size() > size) {
                        break;
                    }
                }
            }
            if (candidates.size() < SEARCH_CHUNK) {
                break;
            }
            cursor = candidates.get(candidates.size() - 1).name();
        }
        boolean more = hits.size() > size;
        List<SearchHit> page = more ? hits.subList(0, size) : hits;
        String lastName = page.isEmpty() ? null : page.get(page.size() - 1).schemaName();
        return new Page<>(page, more ? PageToken.encode(SEARCH_TOKEN, lastName) : null);
    }

    private List<VersionSummary> matchingVersions(SchemaRow schema, List<String> words) {
        Map<Long, SchemaVersionRow> matched = null;
        String lowerName = schema.name().toLowerCase(Locale.ROOT);
        for (String word : words) {
            List<SchemaVersionRow> forWord = lowerName.contains(word.toLowerCase(Locale.ROOT))
                    ? versions.allNewestFirst(schema.id())
                    : versions.withContentMatching(schema.id(), LikePatterns.containingIgnoreCase(word));
            Map<Long, SchemaVersionRow> byVersion = new LinkedHashMap<>();
            forWord.forEach(row -> byVersion.put(row.version(), row));
            if (matched != null) {
                byVersion.keySet().retainAll(matched.keySet());
            }
            matched = byVersion;
            if (matched.isEmpty()) {
                break;
            }
        }
        return matched.values().stream().map(SchemaQueries::toSummary).toList();
    }

    SchemaVersion toSchemaVersion(String registryName, VersionView view) {
        return new SchemaVersion(
                registryName,
                view.schemaName(),
                view.version(),
                SchemaType.valueOf(view.schemaType()),
                view.description(),
                view.lastModified(),
                view.createdAt(),
                tags.read(view.tags()),
                view.content());
    }

    private static VersionSummary toSummary(SchemaVersionRow row) {
        return new VersionSummary(
                row.version(), SchemaType.valueOf(row.schemaType()), row.createdAt(), row.description());
    }

    public static ApiException schemaNotFound(String registryName, String schemaName) {
        return ApiException.notFound("Schema %s does not exist in registry %s.", schemaName, registryName);
    }

    public static ApiException versionNotFound(String schemaName, long version) {
        return ApiException.notFound("Version %d of schema %s does not exist.", version, schemaName);
    }

    static ApiException alreadyExists(String registryName, String schemaName) {
        return ApiException.conflict("Schema %s already exists in registry %s.", schemaName, registryName);
    }
}

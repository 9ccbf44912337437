package dev.bindery.registry.rules;

import dev.bindery.registry.catalog.RegistryService;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.compat.CompatibilityMode;
import dev.bindery.registry.compat.CompatibilityPolicy;
import dev.bindery.registry.config.CompatibilityDefaults;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.rules.Rule.Origin;
import dev.bindery.registry.store.RegistryCompatibilityRepository;
import dev.bindery.registry.store.RegistryCompatibilityRow;
import dev.bindery.registry.store.RegistryRepository;
import dev.bindery.registry.store.RegistryRow;
import dev.bindery.registry.store.SchemaCompatibilityRepository;
import dev.bindery.registry.store.SchemaCompatibilityRow;
import dev.bindery.registry.store.SchemaRepository;
import dev.bindery.registry.store.SchemaRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads and sets compatibility rules. A schema's rule is resolved member by member: the schema's
 * override, else its registry's default, else the service default ({@link CompatibilityDefaults}).
 * Setting a rule replaces it: a member left out is inherited again.
 */
@Singleton
public class CompatibilityRules {

    private final RegistryService registries;
    private final RegistryRepository registryRows;
    private final SchemaQueries reader;
    private final SchemaRepository schemaRows;
    private final RegistryCompatibilityRepository registryRules;
    private final SchemaCompatibilityRepository schemaRules;
    private final CompatibilityMode defaultMode;
    private final CompatibilityPolicy defaultPolicy;

    public CompatibilityRules(
            RegistryService registries,
            RegistryRepository registryRows,
            SchemaQueries reader,
            SchemaRepository schemaRows,
            RegistryCompatibilityRepository registryRules,
            SchemaCompatibilityRepository schemaRules,
            CompatibilityDefaults defaults) {
        this.registries = registries;
        this.registryRows = registryRows;
        this.reader = reader;
        this.schemaRows = schemaRows;
        this.registryRules = registryRules;
        this.schemaRules = schemaRules;
        this.defaultMode = parseMode("bindery.compatibility.mode", defaults.mode());
        this.defaultPolicy = parsePolicy("bindery.compatibility.policy", defaults.policy());
    }

    public Rule ofRegistry(String registryName) {
        return registryRule(registries.require(registryName).id());
    }

    public Rule ofSchema(String registryName, String schemaName) {
        SchemaRow schema = reader.requireSchema(registryName, schemaName);
        return resolve(schema.registryId(), schema.id());
    }

    /** The rule in force for a schema, by ids (the writer holds the schema's row already). */
    Rule resolve(long registryId, long schemaId) {
        Rule inherited = registryRule(registryId);
        Optional<SchemaCompatibilityRow> own = schemaRules.findById(schemaId);
        String mode = own.map(SchemaCompatibilityRow::mode).orElse(null);
        String policy = own.map(SchemaCompatibilityRow::policy).orElse(null);
        return new Rule(
                mode != null ? CompatibilityMode.valueOf(mode) : inherited.mode(),
                policy != null ? CompatibilityPolicy.valueOf(policy) : inherited.policy(),
                mode != null ? Origin.SCHEMA : inherited.modeOrigin(),
                policy != null ? Origin.SCHEMA : inherited.policyOrigin());
    }

    @Transactional
    public Rule setRegistry(String registryName, @Nullable String mode, @Nullable String policy) {
        RegistryRow registry = registryRows
                .findByNameForUpdate(registryName)
                .orElseThrow(() -> RegistryService.notFound(registryName));
        RegistryCompatibilityRow row =
                new RegistryCompatibilityRow(registry.id(), checkedMode(mode), checkedPolicy(policy), now());
        if (registryRules.existsById(registry.id())) {
            registryRules.update(row);
        } else {
            registryRules.save(row);
        }
        return registryRule(registry.id());
    }

    @Transactional
    public Rule setSchema(String registryName, String schemaName, @Nullable String mode, @Nullable String policy) {
        SchemaRow schema = lockSchema(registryName, schemaName);
        SchemaCompatibilityRow row =
                new SchemaCompatibilityRow(schema.id(), checkedMode(mode), checkedPolicy(policy), now());
        if (schemaRules.existsById(schema.id())) {
            schemaRules.update(row);
        } else {
            schemaRules.save(row);
        }
        return resolve(schema.registryId(), schema.id());
    }

    /** Removes a schema's override: the schema follows its registry's rule again. */
    @Transactional
    public Rule clearSchema(String registryName, String schemaName) {
        SchemaRow schema = lockSchema(registryName, schemaName);
        schemaRules.deleteById(schema.id());
        return resolve(schema.registryId(), schema.id());
    }

    private Rule registryRule(long registryId) {
        Optional<RegistryCompatibilityRow> own = registryRules.findById(registryId);
        String mode = own.map(RegistryCompatibilityRow::mode).orElse(null);
        String policy = own.map(RegistryCompatibilityRow::policy).orElse(null);
        return new Rule(
                mode != null ? CompatibilityMode.valueOf(mode) : defaultMode,
                policy != null ? CompatibilityPolicy.valueOf(policy) : defaultPolicy,
                mode != null ? Origin.REGISTRY : Origin.DEFAULT,
                policy != null ? Origin.REGISTRY : Origin.DEFAULT);
    }

    private SchemaRow lockSchema(String registryName, String schemaName) {
        RegistryRow registry = registries.require(registryName);
        return schemaRows
                .findForUpdate(registry.id(), schemaName)
                .orElseThrow(() -> SchemaQueries.schemaNotFound(registryName, schemaName));
    }

    private static @Nullable String checkedMode(@Nullable String mode) {
        return mode == null ? null : parseMode("Mode", mode).name();
    }

    private static @Nullable String checkedPolicy(@Nullable String policy) {
        return policy == null ? null : parsePolicy("Policy", policy).name();
    }

    /** A mode named by the client or the configuration; an unknown name is refused with the valid ones. */
    public static CompatibilityMode parseMode(String member, String value) {
        try {
            return CompatibilityMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "%s must be one of %s, not '%s'.", member, Arrays.toString(CompatibilityMode.values()), value);
        }
    }

    /** A policy named by the client or the configuration. */
    public static CompatibilityPolicy parsePolicy(String member, String value) {
        try {
            return CompatibilityPolicy.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "%s must be one of %s, not '%s'.", member, Arrays.toString(CompatibilityPolicy.values()), value);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

package dev.bindery.registry.bindings;

import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.GeneratedFile;
import dev.bindery.codegen.Generator;
import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.CodeBindingRepository;
import dev.bindery.registry.store.CodeBindingRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates code bindings asynchronously, once per schema version and language, and keeps them.
 * PutCodeBinding records the binding as {@code CREATE_IN_PROGRESS} and returns; generation then
 * runs in the background and ends in {@code CREATE_COMPLETE} with the zip, or {@code CREATE_FAILED}
 * with the reason. A failed binding is generated again on the next PutCodeBinding.
 */
@Singleton
public class CodeBindingService {

    private static final Logger LOG = LoggerFactory.getLogger(CodeBindingService.class);
    private static final int MAX_FAILURE_LENGTH = 2048;

    private final SchemaQueries reader;
    private final InputRules rules;
    private final CodeBindingRepository bindings;
    private final ExecutorService executor;

    public CodeBindingService(
            SchemaQueries reader,
            InputRules rules,
            CodeBindingRepository bindings,
            @Named(TaskExecutors.IO) ExecutorService executor) {
        this.reader = reader;
        this.rules = rules;
        this.bindings = bindings;
        this.executor = executor;
    }

    /** Starts generating the binding unless it exists; returns its state either way. */
    public CodeBinding put(String registryName, String schemaName, @Nullable String version, String language) {
        BindingLanguage lang = BindingLanguage.parse(language);
        SchemaVersion source = reader.describe(registryName, schemaName, versionNumber(version));
        long schemaId = reader.requireSchema(registryName, schemaName).id();
        BindingZip.Origin origin = new BindingZip.Origin(registryName, schemaName, source.version(), lang);
        var existing = bindings.findBySchemaIdAndVersionAndLanguage(schemaId, source.version(), lang.name());
        if (existing.isPresent()) {
            CodeBindingRow row = existing.get();
            if (CodeBinding.Status.CREATE_FAILED.name().equals(row.status())
                    && bindings.restart(row.id(), row.status(), now()) == 1) {
                submit(row.id(), origin, source.content());
                return state(bindings.findById(row.id()).orElseThrow());
            }
            return state(row);
        }
        Instant now = now();
        CodeBindingRow row;
        try {
            row = bindings.save(new CodeBindingRow(
                    null,
                    schemaId,
                    source.version(),
                    lang.name(),
                    CodeBinding.Status.CREATE_IN_PROGRESS.name(),
                    null,
                    null,
                    now,
                    now));
        } catch (DataAccessException e) {
            if (UniqueViolation.isCauseOf(e)) {
                return state(require(schemaId, source.version(), lang, schemaName));
            }
            throw e;
        }
        submit(row.id(), origin, source.content());
        return state(row);
    }

    public CodeBinding describe(String registryName, String schemaName, @Nullable String version, String language) {
        BindingLanguage lang = BindingLanguage.parse(language);
        SchemaVersion source = reader.describe(registryName, schemaName, versionNumber(version));
        long schemaId = reader.requireSchema(registryName, schemaName).id();
        return state(require(schemaId, source.version(), lang, schemaName));
    }

    /** The zip of a completed binding; NotFoundException while there is none to serve. */
    public byte[] source(String registryName, String schemaName, @Nullable String version, String language) {
        BindingLanguage lang = BindingLanguage.parse(language);
        SchemaVersion source = reader.describe(registryName, schemaName, versionNumber(version));
        long schemaId = reader.requireSchema(registryName, schemaName).id();
        CodeBindingRow row = require(schemaId, source.version(), lang, schemaName);
        if (CodeBinding.Status.CREATE_FAILED.name().equals(row.status())) {
            throw ApiException.notFound(
                    "The %s code binding of version %d of schema %s is %s: %s",
                    lang.name(), source.version(), schemaName, row.status(), reason(row));
        }
        if (!CodeBinding.Status.CREATE_COMPLETE.name().equals(row.status())) {
            throw ApiException.notFound(
                    "The %s code binding of version %d of schema %s is %s.",
                    lang.name(), source.version(), schemaName, row.status());
        }
        return Base64.getDecoder().decode(row.zipBase64());
    }

    private void submit(long id, BindingZip.Origin origin, String content) {
        executor.execute(() -> generate(id, origin, content));
    }

    private void generate(long id, BindingZip.Origin origin, String content) {
        try {
            List<GeneratedFile> files = Generator.generate(
                    content,
                    origin.language()
                            .options()
                            .withSchemaName(origin.schemaName())
                            .withSchemaVersion(Long.toString(origin.version())));
            byte[] zip = BindingZip.write(origin, files);
            bindings.finish(
                    id,
                    CodeBinding.Status.CREATE_COMPLETE.name(),
                    Base64.getEncoder().encodeToString(zip),
                    null,
                    now());
        } catch (RuntimeException e) {
            LOG.warn(
                    "Code binding {} of {} version {} failed",
                    origin.language(),
                    origin.schemaName(),
                    origin.version(),
                    e);
            // What the schema does that cannot be generated, with its location; anything else is the server's fault
            // and its text (class names, internals) stays in the log.
            String reason = e instanceof CodegenException
                    ? "The schema cannot be turned into " + origin.language().name() + " code: " + e.getMessage()
                            + (e.getMessage().endsWith(".") ? "" : ".")
                    : "Generating the code failed on the server; the server log has the details.";
            bindings.finish(
                    id,
                    CodeBinding.Status.CREATE_FAILED.name(),
                    null,
                    reason.length() > MAX_FAILURE_LENGTH ? reason.substring(0, MAX_FAILURE_LENGTH) : reason,
                    now());
        }
    }

    private CodeBindingRow require(long schemaId, long version, BindingLanguage lang, String schemaName) {
        return bindings.findBySchemaIdAndVersionAndLanguage(schemaId, version, lang.name())
                .orElseThrow(() -> ApiException.notFound(
                        "There is no %s code binding of version %d of schema %s.", lang.name(), version, schemaName));
    }

    private @Nullable Long versionNumber(@Nullable String version) {
        return version == null ? null : rules.version(version);
    }

    private static CodeBinding state(CodeBindingRow row) {
        CodeBinding.Status status = CodeBinding.Status.valueOf(row.status());
        return new CodeBinding(
                row.version(),
                status,
                row.createdAt(),
                row.lastModified(),
                status == CodeBinding.Status.CREATE_FAILED ? reason(row) : null);
    }

    /** Why a failed binding failed, as recorded (bindings recorded before reasons were kept have none). */
    private static String reason(CodeBindingRow row) {
        return row.failure() == null || row.failure().isBlank()
                ? "The reason was not recorded; PutCodeBinding generates the binding again."
                : row.failure();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.rules.CompatibilityService;
import dev.bindery.registry.rules.Finding;
import dev.bindery.registry.rules.Rule;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The JSON shapes of Bindery's compatibility operations, in the Schemas API's style (PascalCase members). */
final class CompatibilityDtos {

    private CompatibilityDtos() {}

    /** The body of PutRegistryCompatibility and PutSchemaCompatibility; a member left out is inherited. */
    record RuleRequest(
            @JsonProperty("Mode") @Nullable String mode,
            @JsonProperty("Policy") @Nullable String policy) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleResponse(
            @JsonProperty("RegistryName") String registryName,
            @JsonProperty("SchemaName") @Nullable String schemaName,
            @JsonProperty("Mode") String mode,
            @JsonProperty("Policy") String policy,
            @JsonProperty("ModeSetOn") String modeSetOn,
            @JsonProperty("PolicySetOn") String policySetOn) {

        static RuleResponse of(String registryName, @Nullable String schemaName, Rule rule) {
            return new RuleResponse(
                    registryName,
                    schemaName,
                    rule.mode().name(),
                    rule.policy().name(),
                    rule.modeOrigin().name(),
                    rule.policyOrigin().name());
        }
    }

    /** The body of CheckSchemaCompatibility: candidate content, and optionally a mode and policy to use instead of the schema's. */
    record CheckRequest(
            @JsonProperty("Content") String content,
            @JsonProperty("Type") String type,
            @JsonProperty("Mode") @Nullable String mode,
            @JsonProperty("Policy") @Nullable String policy) {}

    record CheckResponse(
            @JsonProperty("Compatible") boolean compatible,
            @JsonProperty("Mode") String mode,
            @JsonProperty("Policy") String policy,
            @JsonProperty("CheckedVersions") List<String> checkedVersions,
            @JsonProperty("Findings") List<FindingEntry> findings) {

        static CheckResponse of(CompatibilityService.Verdict verdict) {
            return new CheckResponse(
                    verdict.compatible(),
                    verdict.mode().name(),
                    verdict.policy().name(),
                    verdict.checkedVersions(),
                    FindingEntry.all(verdict.findings()));
        }
    }

    /** A {@link Finding} on the wire; {@code Version} is left out when there is none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FindingEntry(
            @JsonProperty("Version") @Nullable String version,
            @JsonProperty("Path") String path,
            @JsonProperty("Kind") String kind,
            @JsonProperty("Effect") String effect,
            @JsonProperty("Message") String message,
            @JsonProperty("Breaking") boolean breaking) {

        static List<FindingEntry> all(List<Finding> findings) {
            return findings.stream()
                    .map(f -> new FindingEntry(f.version(), f.path(), f.kind(), f.effect(), f.message(), f.breaking()))
                    .toList();
        }
    }

    record DiffEntry(
            @JsonProperty("Path") String path,
            @JsonProperty("Kind") String kind,
            @JsonProperty("Effect") String effect,
            @JsonProperty("Message") String message,
            @JsonProperty("BreaksBackward") boolean breaksBackward,
            @JsonProperty("BreaksForward") boolean breaksForward) {}

    record DiffResponse(
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("FromVersion") String fromVersion,
            @JsonProperty("ToVersion") String toVersion,
            @JsonProperty("Policy") String policy,
            @JsonProperty("Differences") List<DiffEntry> differences) {

        static DiffResponse of(String schemaName, CompatibilityService.VersionDiff diff) {
            return new DiffResponse(
                    schemaName,
                    Long.toString(diff.fromVersion()),
                    Long.toString(diff.toVersion()),
                    diff.policy().name(),
                    diff.differences().stream()
                            .map(d -> new DiffEntry(
                                    d.finding().path(),
                                    d.finding().kind(),
                                    d.finding().effect(),
                                    d.finding().message(),
                                    d.breaksBackward(),
                                    d.breaksForward()))
                            .toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecordedResponse(
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("PreviousVersion") String previousVersion,
            @JsonProperty("Mode") String mode,
            @JsonProperty("Policy") String policy,
            @JsonProperty("Compatible") @Nullable Boolean compatible,
            @JsonProperty("Findings") List<FindingEntry> findings,
            @JsonProperty("Error") @Nullable String error) {

        static RecordedResponse of(String schemaName, CompatibilityService.Recorded recorded) {
            return new RecordedResponse(
                    schemaName,
                    Long.toString(recorded.version()),
                    Long.toString(recorded.previousVersion()),
                    recorded.mode(),
                    recorded.policy(),
                    recorded.compatible(),
                    FindingEntry.all(recorded.findings()),
                    recorded.error());
        }
    }
}

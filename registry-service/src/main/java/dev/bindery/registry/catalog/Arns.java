package dev.bindery.registry.catalog;

import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.error.ApiException;
import jakarta.inject.Singleton;

/**
 * Builds and parses the ARNs of the registry's resources, in AWS's format with the configured
 * region and account id: {@code arn:aws:schemas:<region>:<account>:registry/<name>},
 * {@code …:schema/<registry>/<schema>} and {@code …:discoverer/<id>}.
 */
@Singleton
public final class Arns {

    private final String prefix;

    public Arns(AwsIdentity identity) {
        this.prefix = "arn:aws:schemas:" + identity.region() + ":" + identity.accountId() + ":";
    }

    public String registry(String registryName) {
        return prefix + "registry/" + registryName;
    }

    public String schema(String registryName, String schemaName) {
        return prefix + "schema/" + registryName + "/" + schemaName;
    }

    public String discoverer(String discovererId) {
        return prefix + "discoverer/" + discovererId;
    }

    /** What an ARN names: a registry, a schema or a discoverer of this registry service. */
    public sealed interface Target {}

    public record RegistryTarget(String registryName) implements Target {}

    public record SchemaTarget(String registryName, String schemaName) implements Target {}

    public record DiscovererTarget(String discovererId) implements Target {}

    /** Parses an ARN of this service; an ARN of another service, region or account is not found. */
    public Target parse(String arn) {
        if (!arn.startsWith("arn:aws:schemas:")) {
            throw ApiException.badRequest("'%s' is not an ARN of the schemas service.", arn);
        }
        if (!arn.startsWith(prefix)) {
            throw ApiException.notFound("Resource %s does not exist in this region and account.", arn);
        }
        String resource = arn.substring(prefix.length());
        int slash = resource.indexOf('/');
        String kind = slash < 0 ? resource : resource.substring(0, slash);
        String rest = slash < 0 ? "" : resource.substring(slash + 1);
        switch (kind) {
            case "registry":
                if (!rest.isEmpty() && rest.indexOf('/') < 0) {
                    return new RegistryTarget(rest);
                }
                break;
            case "schema":
                int split = rest.indexOf('/');
                if (split > 0 && split < rest.length() - 1) {
                    return new SchemaTarget(rest.substring(0, split), rest.substring(split + 1));
                }
                break;
            case "discoverer":
                if (!rest.isEmpty()) {
                    return new DiscovererTarget(rest);
                }
                break;
            default:
                break;
        }
        throw ApiException.badRequest("'%s' does not name a registry, schema or discoverer.", arn);
    }
}

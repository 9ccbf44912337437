package dev.bindery.registry.support;

import java.net.URI;
import java.net.URL;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.schemas.SchemasClient;

/** The real AWS SDK for Java v2, pointed at a Bindery server with endpointOverride. */
public final class Clients {

    private Clients() {
    }

    public static SchemasClient schemas(URL server) {
        return SchemasClient.builder()
                .endpointOverride(URI.create(server.toString()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}

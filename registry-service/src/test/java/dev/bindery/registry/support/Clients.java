package dev.bindery.registry.support;

import java.net.URI;
import java.net.URL;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.schemas.SchemasClient;

/** The real AWS SDK for Java v2 clients, pointed at a Bindery server with endpointOverride. */
public final class Clients {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private Clients() {}

    public static SchemasClient schemas(URL server) {
        return SchemasClient.builder()
                .endpointOverride(URI.create(server.toString()))
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** The SDK's EventBridge client, for PutEvents. */
    public static EventBridgeClient events(URL server) {
        return EventBridgeClient.builder()
                .endpointOverride(URI.create(server.toString()))
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}

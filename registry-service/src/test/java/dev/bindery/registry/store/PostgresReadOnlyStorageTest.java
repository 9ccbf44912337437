package dev.bindery.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.bindery.registry.support.Databases;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL turned read-only under a running registry (as a failed-over primary or an
 * administrator's {@code default_transaction_read_only} does): writes answer 503 naming storage
 * (SQLSTATE 25006), in awsJson for PutEvents; reads go on; health is DOWN, and UP again once the
 * database takes writes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReadOnlyStorageTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> database = Databases.postgres();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("bindery.storage.failure-window", "1s");
        return properties;
    }

    @Test
    void aReadOnlyDatabaseRefusesWritesWith503AndReadsGoOn() throws Exception {
        assertThat(send("POST", "/v1/registries/name/pg", "{}").statusCode()).isEqualTo(201);
        assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
        try (Connection admin =
                        DriverManager.getConnection(database.get("datasources.default.url"), "postgres", "postgres");
                Statement statement = admin.createStatement()) {
            String name;
            try (ResultSet result = statement.executeQuery("SELECT current_database()")) {
                result.next();
                name = result.getString(1);
            }
            statement.execute("ALTER DATABASE " + name + " SET default_transaction_read_only = on");
            reconnect();

            // new sessions take the read-only default; a session the pool still hands out from before is
            // replaced when it is returned, so the first write may still pass: wait for it, boundedly. A
            // session the pool was opening while it was told to replace them joins it afterwards with the old
            // default, so it is told again while writes pass.
            long readOnlyBy = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            HttpResponse<String> refused = send("PUT", "/v1/registries/name/pg", "{\"Description\":\"x\"}");
            while (refused.statusCode() == 200 && System.nanoTime() < readOnlyBy) {
                Thread.sleep(100);
                reconnect();
                refused = send("PUT", "/v1/registries/name/pg", "{\"Description\":\"x\"}");
            }
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailableException");
            assertThat(json.readTree(refused.body()).path("Message").asText())
                    .startsWith("Storage unavailable: the storage is read-only");
            assertThat(refused.body()).doesNotContain("SQL", "UPDATE", "Exception:");

            HttpResponse<String> put = send(
                    "POST",
                    "/",
                    "{\"Entries\":[{\"Source\":\"com.pg\",\"DetailType\":\"X\"," + "\"Detail\":\"{}\"}]}",
                    "X-Amz-Target",
                    "AWSEvents.PutEvents",
                    "Content-Type",
                    "application/x-amz-json-1.1");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(503);
            JsonNode awsJson = json.readTree(put.body());
            assertThat(awsJson.path("__type").asText()).isEqualTo("ServiceUnavailableException");

            assertThat(send("GET", "/v1/registries/name/pg", null).statusCode()).isEqualTo(200);
            assertThat(send("GET", "/v1/registries", null).statusCode()).isEqualTo(200);
            assertThat(send("GET", "/health", null).statusCode()).isEqualTo(503);

            statement.execute("ALTER DATABASE " + name + " SET default_transaction_read_only = off");
            reconnect();
            // writes recover once the failure window (1 s) has passed and no pooled session is read-only any
            // more; a connection busy when the pool was told to replace it is replaced when returned, so
            // under load that can take longer than the window: wait for it, boundedly
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            int status;
            do {
                Thread.sleep(200);
                reconnect(); // as above: a session opened while the pool was told may hold the old default
                status = send("PUT", "/v1/registries/name/pg", "{\"Description\":\"x\"}")
                        .statusCode();
            } while (status != 200 && System.nanoTime() < deadline);
            assertThat(status).isEqualTo(200);
            int health; // healthy again once a failure window has passed without a storage failure
            do {
                Thread.sleep(200);
                health = send("GET", "/health", null).statusCode();
            } while (health != 200 && System.nanoTime() < deadline);
            assertThat(health).isEqualTo(200);
        }
    }

    /** New sessions take the database's new default: the pool's connections are replaced. */
    private void reconnect() throws Exception {
        DelegatingDataSource.unwrapDataSource(dataSource)
                .unwrap(HikariDataSource.class)
                .getHikariPoolMXBean()
                .softEvictConnections();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        request.headers(headers.length > 0 ? headers : new String[] {"Content-Type", "application/json"});
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

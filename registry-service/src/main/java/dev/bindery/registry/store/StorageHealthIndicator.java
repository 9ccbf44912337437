package dev.bindery.registry.store;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Health tells whether the registry can store changes, not only whether it can read: DOWN while
 * the database is read-only, while the embedded store's directory cannot be written or its free
 * space is below the reserve, and for a while after a write failed for a storage reason. A
 * readiness check: restarting the process would not free the disk.
 */
@Singleton
@Readiness
final class StorageHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private static final String NAME = "storage";

    private final StorageStatus status;
    private final DataSource dataSource;

    StorageHealthIndicator(StorageStatus status, DataSource dataSource) {
        this.status = status;
        // the pool itself: the injected data source hands out only a surrounding transaction's connection
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    protected String getName() {
        return NAME;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        String problem = null;
        Optional<StorageStatus.Recorded> recent = status.recentFailure();
        if (recent.isPresent()) {
            problem = "a write failed "
                    + Duration.between(recent.get().at(), Instant.now()).toSeconds() + " s ago: "
                    + recent.get().kind().reason();
        }
        Optional<StorageFailure> refused = status.refusesWrites();
        if (refused.isPresent()) {
            problem = refused.get() == StorageFailure.FULL
                    ? "free space " + status.freeSpace() + " bytes is below the reserve of " + status.minFreeSpace()
                    : "the data directory cannot be written";
        }
        try {
            if (readOnly()) {
                problem = "the database is read-only";
            }
        } catch (SQLException e) {
            problem = "the database cannot be reached";
        }
        if (status.embedded()) {
            details.put("freeSpace", status.freeSpace());
            details.put("minFreeSpace", status.minFreeSpace());
        }
        details.put("writable", problem == null);
        if (problem != null) {
            details.put("problem", problem);
        }
        healthStatus = problem == null ? HealthStatus.UP : HealthStatus.DOWN;
        return details;
    }

    private boolean readOnly() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String query = switch (product) {
                case "H2" -> "SELECT READONLY()";
                case "PostgreSQL" -> "SELECT current_setting('transaction_read_only') = 'on'";
                default -> null;
            };
            if (query == null) {
                return false;
            }
            try (ResultSet result = statement.executeQuery(query)) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}

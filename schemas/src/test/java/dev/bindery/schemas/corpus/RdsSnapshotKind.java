package dev.bindery.schemas.corpus;

import static dev.bindery.schemas.corpus.CorpusGenerator.envelope;
import static dev.bindery.schemas.corpus.CorpusGenerator.list;
import static dev.bindery.schemas.corpus.CorpusGenerator.obj;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RDS DB snapshot events ({@code aws.rds} / {@code RDS DB Snapshot Event}) as AWS documents them: event
 * categories, source type/ARN/identifier, date, message and event ID, and in newer events the snapshot's tags.
 */
final class RdsSnapshotKind {

    private static final String[] ACCOUNTS = {"123456789012", "210987654321"};
    private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-central-1"};
    private static final String[] DATABASES = {
        "orders-db", "billing-db", "inventory-replica", "auth-db", "reporting-db", "catalog-db"
    };
    private static final DateTimeFormatter SNAPSHOT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm").withZone(ZoneOffset.UTC);

    private RdsSnapshotKind() {}

    static List<Map<String, Object>> events(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Instant t = g.tick(60, 3600);
            String account = g.pick(ACCOUNTS);
            String region = g.pick(REGIONS);
            String db = g.pick(DATABASES);
            int kind = g.between(0, 9);
            boolean automated = kind < 5;
            String snapshot = automated
                    ? "rds:" + db + "-" + SNAPSHOT_TIME.format(t)
                    : db + "-" + g.pick("before-migration", "manual", "pre-upgrade", "weekly") + "-"
                            + g.between(1, 400);
            String category;
            String eventId;
            String message;
            switch (kind) {
                case 0, 1 -> {
                    category = "creation";
                    eventId = "RDS-EVENT-0090";
                    message = "Creating automated snapshot";
                }
                case 2, 3, 4 -> {
                    category = "creation";
                    eventId = "RDS-EVENT-0091";
                    message = "Automated snapshot created";
                }
                case 5 -> {
                    category = "creation";
                    eventId = "RDS-EVENT-0040";
                    message = "Creating manual snapshot";
                }
                case 6 -> {
                    category = "creation";
                    eventId = "RDS-EVENT-0042";
                    message = "Manual snapshot created";
                }
                case 7 -> {
                    category = "deletion";
                    eventId = "RDS-EVENT-0041";
                    message = "Deleted snapshot";
                }
                case 8 -> {
                    category = "notification";
                    eventId = "RDS-EVENT-0059";
                    message = "Started copy of snapshot " + snapshot + " from " + g.pick(REGIONS);
                }
                default -> {
                    category = "notification";
                    eventId = "RDS-EVENT-0060";
                    message = "Finished copy of snapshot " + snapshot + " from " + g.pick(REGIONS);
                }
            }
            String arn = "arn:aws:rds:" + region + ":" + account + ":snapshot:" + snapshot;
            Map<String, Object> d = obj(
                    "EventCategories",
                    list(category),
                    "SourceType",
                    "SNAPSHOT",
                    "SourceArn",
                    arn,
                    "Date",
                    Gen.millis(t.minusMillis(g.between(100, 4000))),
                    "SourceIdentifier",
                    snapshot,
                    "Message",
                    message,
                    "EventID",
                    eventId);
            if (i >= 60) {
                // events since the Tags field was added to RDS events
                Map<String, Object> tags = obj();
                if (g.chance(0.9)) {
                    tags.put("Environment", g.pick("prod", "staging", "dev"));
                }
                if (g.chance(0.7)) {
                    tags.put("Team", g.pick("payments", "platform", "catalog", "identity"));
                }
                if (g.chance(0.4)) {
                    tags.put("CostCenter", "CC-" + g.between(1000, 1099));
                }
                if (automated && g.chance(0.3)) {
                    tags.put("aws:backup:source-resource", db);
                }
                d.put("Tags", tags);
            }
            out.add(envelope(g, "RDS DB Snapshot Event", "aws.rds", account, t, region, list(arn), d));
        }
        return out;
    }
}

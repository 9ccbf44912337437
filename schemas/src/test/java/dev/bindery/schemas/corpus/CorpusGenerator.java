package dev.bindery.schemas.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the sample event streams of the reference corpus: {@code <kind>/events.ndjson}, one EventBridge envelope
 * per line. Deterministic: every kind draws from its own {@link Random} with a fixed seed, so a run reproduces the
 * committed files byte for byte ({@code CorpusGeneratorTest} checks that). JDK only; from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl schemas test-compile
 * java -cp schemas/target/test-classes dev.bindery.schemas.corpus.CorpusGenerator schemas/src/main/resources/corpus
 * </pre>
 *
 * <p>The expected schemas ({@code expected.openapi.json}) are not written here: they are the inference engine's
 * output, written by {@code CorpusReplayTest} in {@code registry-service} when run with {@code -Dcorpus.write=true}.
 */
public final class CorpusGenerator {

    static final String BANKING_SOURCE = "arn:aws:dynamodb:us-east-1:123456789012:table/"
            + "AccountApplicationService-events-table-prod/stream/2019-09-20T17:30:50.706";

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "schemas/src/main/resources/corpus");
        for (Map.Entry<String, List<Map<String, Object>>> kind : streams().entrySet()) {
            Path dir = out.resolve(kind.getKey());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("events.ndjson"), ndjson(kind.getValue()), StandardCharsets.UTF_8);
            System.out.println(kind.getKey() + ": " + kind.getValue().size() + " events");
        }
    }

    /** Every kind's events, by kind name (the directory name). */
    static Map<String, List<Map<String, Object>>> streams() {
        Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
        kinds.put("banking-application-submitted", BankingKinds.submitted(new Gen(1001)));
        kinds.put("banking-application-approved", BankingKinds.approved(new Gen(1002)));
        kinds.put("banking-application-rejected", BankingKinds.rejected(new Gen(1003)));
        kinds.put("banking-application-flagged-for-review", BankingKinds.flagged(new Gen(1004)));
        kinds.put("basket-checkout", BasketKind.checkout(new Gen(2001)));
        kinds.put("s3-object-level-cloudtrail", S3CloudTrailKind.events(new Gen(3001)));
        kinds.put("rds-db-snapshot-event", RdsSnapshotKind.events(new Gen(4001)));
        kinds.put("ec2-instance-state-change", Ec2StateChangeKind.events(new Gen(5001)));
        kinds.put("zendesk-ticket-priority-changed", ZendeskKind.events(new Gen(6001)));
        return kinds;
    }

    /** The events as NDJSON: one compact JSON object per line, each line ending with a newline. */
    static String ndjson(List<Map<String, Object>> events) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> e : events) {
            Json.write(sb, e);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** An EventBridge envelope in the documented key order. */
    static Map<String, Object> envelope(
            Gen g,
            String detailType,
            String source,
            String account,
            Instant time,
            String region,
            List<Object> resources,
            Map<String, Object> detail) {
        return obj(
                "version",
                "0",
                "id",
                g.uuid(),
                "detail-type",
                detailType,
                "source",
                source,
                "account",
                account,
                "time",
                time.truncatedTo(ChronoUnit.SECONDS).toString(),
                "region",
                region,
                "resources",
                resources,
                "detail",
                detail);
    }

    /** An ordered JSON object from key/value pairs; values may be {@code null}. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        List<Object> l = new ArrayList<>();
        for (Object o : items) {
            l.add(o);
        }
        return l;
    }
}

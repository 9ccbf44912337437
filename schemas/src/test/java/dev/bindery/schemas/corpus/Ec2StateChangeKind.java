package dev.bindery.schemas.corpus;

import static dev.bindery.schemas.corpus.CorpusGenerator.envelope;
import static dev.bindery.schemas.corpus.CorpusGenerator.list;
import static dev.bindery.schemas.corpus.CorpusGenerator.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * EC2 instance state-change notifications ({@code aws.ec2} / {@code EC2 Instance State-change Notification}):
 * AWS's detail is exactly {@code instance-id} and {@code state}; the variation is in the instances, their life
 * cycles (pending → running → stopping → stopped … shutting-down → terminated), regions and accounts.
 */
final class Ec2StateChangeKind {

    private static final String[] ACCOUNTS = {"111122223333", "444455556666", "123456789012"};
    private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"};
    private static final Map<String, String[]> NEXT = Map.of(
            "pending", new String[] {"running"},
            "running", new String[] {"stopping", "stopping", "shutting-down"},
            "stopping", new String[] {"stopped"},
            "stopped", new String[] {"pending", "pending", "shutting-down"},
            "shutting-down", new String[] {"terminated"});

    private Ec2StateChangeKind() {}

    static List<Map<String, Object>> events(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String[]> live = new ArrayList<>();
        Map<String, String> state = new HashMap<>();
        while (out.size() < 1200) {
            Instant t = g.tick(1, 120);
            String[] instance;
            if (live.size() < 5 || g.chance(0.15)) {
                instance = new String[] {"i-" + g.hex(17, false), g.pick(ACCOUNTS), g.pick(REGIONS)};
                live.add(instance);
                state.put(instance[0], "pending");
            } else {
                instance = live.get(g.r.nextInt(live.size()));
                String next = g.pick(NEXT.get(state.get(instance[0])));
                state.put(instance[0], next);
                if (next.equals("terminated")) {
                    live.remove(instance);
                }
            }
            String arn = "arn:aws:ec2:" + instance[2] + ":" + instance[1] + ":instance/" + instance[0];
            out.add(envelope(
                    g,
                    "EC2 Instance State-change Notification",
                    "aws.ec2",
                    instance[1],
                    t,
                    instance[2],
                    list(arn),
                    obj("instance-id", instance[0], "state", state.get(instance[0]))));
        }
        return out;
    }
}

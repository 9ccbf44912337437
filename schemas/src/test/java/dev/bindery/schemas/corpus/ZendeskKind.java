package dev.bindery.schemas.corpus;

import static dev.bindery.schemas.corpus.CorpusGenerator.envelope;
import static dev.bindery.schemas.corpus.CorpusGenerator.list;
import static dev.bindery.schemas.corpus.CorpusGenerator.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SaaS partner event: Zendesk's Events Connector ticket event {@code Support Ticket: Priority Changed} from the
 * partner source {@code aws.partner/zendesk.com/<id>/default}, in the layout Zendesk documents ({@code
 * ticket_event} with {@code meta}, {@code type}, {@code previous}/{@code current} and the {@code ticket}).
 */
final class ZendeskKind {

    private static final String SOURCE = "aws.partner/zendesk.com/9242270/default";
    private static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};

    private ZendeskKind() {}

    static List<Map<String, Object>> events(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Instant t = g.tick(10, 600);
            Instant occurred = t.minusMillis(g.between(500, 3000));
            String previous = g.chance(0.2) ? null : g.pick(PRIORITIES);
            String current = g.pick(PRIORITIES);
            while (current.equals(previous)) {
                current = g.pick(PRIORITIES);
            }
            Map<String, Object> meta = obj(
                    "version",
                    "1.0",
                    "occurred_at",
                    g.nanos(occurred),
                    "ref",
                    "1-" + g.digits(10),
                    "sequence",
                    obj("id", g.hex(32, true), "position", 1, "total", 1));
            if (g.chance(0.85)) {
                // absent when a trigger or automation changed the priority
                meta.put("actor_id", g.chance(0.5) ? 20978392L : 360000000000L + g.between(0, 99_999_999));
            }
            List<Object> tags = new ArrayList<>();
            for (String tag : new String[] {"enterprise", "vip", "billing", "outage", "mobile_app", "renewal"}) {
                if (g.chance(0.15)) {
                    tags.add(tag);
                }
            }
            Map<String, Object> ticket = obj(
                    "id",
                    g.between(30_000, 99_999),
                    "created_at",
                    g.nanos(occurred.minusSeconds(g.between(60, 30 * 86_400))),
                    "updated_at",
                    g.nanos(occurred),
                    "type",
                    g.chance(0.15) ? null : g.pick("question", "incident", "problem", "task"),
                    "priority",
                    current,
                    "status",
                    g.pick("new", "open", "open", "open", "pending", "hold", "solved"),
                    "requester_id",
                    360000000000L + g.between(0, 99_999_999),
                    "submitter_id",
                    360000000000L + g.between(0, 99_999_999),
                    "assignee_id",
                    g.chance(0.3) ? null : 360000000000L + g.between(0, 99_999),
                    "organization_id",
                    g.chance(0.25) ? null : 10000 + g.between(0, 500),
                    "group_id",
                    g.chance(0.1) ? null : g.pick(98738, 98739, 114294),
                    "brand_id",
                    g.pick(123, 124),
                    "form_id",
                    6876543);
            if (g.chance(0.3)) {
                ticket.put("external_id", g.chance(0.3) ? null : "TEST" + g.digits(4));
            }
            ticket.put("tags", tags);
            ticket.put("via", obj("channel", g.pick("web", "web", "email", "email", "api", "mobile", "chat")));
            Map<String, Object> d = obj(
                    "ticket_event",
                    obj(
                            "meta",
                            meta,
                            "type",
                            "Priority Changed",
                            "previous",
                            previous,
                            "current",
                            current,
                            "ticket",
                            ticket));
            out.add(envelope(
                    g,
                    "Support Ticket: Priority Changed",
                    SOURCE,
                    "123456789012",
                    t,
                    "us-east-1",
                    list("Support Ticket"),
                    d));
        }
        return out;
    }
}

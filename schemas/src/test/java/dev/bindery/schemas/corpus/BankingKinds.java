package dev.bindery.schemas.corpus;

import static dev.bindery.schemas.corpus.CorpusGenerator.BANKING_SOURCE;
import static dev.bindery.schemas.corpus.CorpusGenerator.envelope;
import static dev.bindery.schemas.corpus.CorpusGenerator.list;
import static dev.bindery.schemas.corpus.CorpusGenerator.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The banking demo's account-application events (seed: "Event Driven Service Architecture with Amazon
 * EventBridge"): source is the application table's DynamoDB stream ARN, detail-type the event name. The seed's own
 * example events are the first event of their stream, verbatim apart from the account number.
 */
final class BankingKinds {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";
    private static final String[] PRODUCTS = {"CHECKING", "SAVINGS", "CREDIT_CARD", "PERSONAL_LOAN"};
    private static final String[] CITIES = {
        "Boston",
        "Cambridge",
        "Somerville",
        "Quincy",
        "Newton",
        "Worcester",
        "Lowell",
        "Providence",
        "Hartford",
        "Portland",
        "Manchester",
        "Burlington",
        "Albany",
        "Springfield",
        "New Haven",
        "Stamford",
        "Nashua",
        "Concord",
        "Bangor",
        "Salem",
        "Lynn",
        "Brockton",
        "Framingham",
        "Waltham",
        "Medford",
        "Malden",
        "Revere",
        "Chelsea",
        "Everett",
        "Woburn",
        "Lexington",
        "Arlington",
        "Brookline",
        "Dedham",
        "Needham",
        "Wellesley",
        "Natick",
        "Toronto",
        "Montreal",
        "Halifax"
    };
    private static final String[] QUESTIONS = {
        "employmentStatus", "yearsAtAddress", "hasOtherAccounts", "sourceOfFunds", "monthlyRent"
    };

    private BankingKinds() {}

    static List<Map<String, Object>> submitted(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            Instant t = g.tick(20, 400);
            String first = g.first();
            String last = g.last();
            String product = g.pick(PRODUCTS);
            Map<String, Object> d = obj(
                    "name",
                    first + " " + last,
                    "applicationId",
                    g.uuid(),
                    "state",
                    "SUBMITTED",
                    "email",
                    g.email(first, last),
                    "dateOfBirth",
                    g.birthDate().toString(),
                    "product",
                    product,
                    "channel",
                    g.pick("WEB", "WEB", "MOBILE_APP", "MOBILE_APP", "BRANCH", "PARTNER"));
            if (g.chance(0.7)) {
                d.put("phone", g.chance(0.15) ? null : "+1617" + g.digits(7));
            }
            if (product.equals("CREDIT_CARD") || product.equals("PERSONAL_LOAN")) {
                d.put(
                        "requestedAmount",
                        Gen.money(g.between(5, 400) * 10000L + (g.chance(0.3) ? g.between(1, 99) : 0)));
            }
            d.put("annualIncome", g.between(18, 400) * 1000L);
            boolean canada = g.chance(0.08);
            Map<String, Object> address = obj(
                    "line1",
                    g.between(1, 999) + " "
                            + g.pick("Main", "Elm", "Oak", "Maple", "Beacon", "Harbor", "Summer", "Washington") + " "
                            + g.pick("St", "Ave", "Rd"),
                    "line2",
                    g.chance(0.35) ? "Apt " + g.between(1, 40) : null,
                    "city",
                    canada ? g.pick("Toronto", "Montreal", "Halifax") : g.pick(CITIES),
                    "postalCode",
                    canada ? "M5V 2T6" : "0" + g.digits(4),
                    "country",
                    canada ? "CA" : "US");
            d.put("address", address);
            d.put("submittedAt", Gen.millis(t.minusSeconds(g.between(1, 5))));
            if (g.chance(0.2)) {
                d.put("referralCode", g.chance(0.25) ? null : "REF-" + g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"));
            }
            Map<String, Object> documents = new LinkedHashMap<>();
            int docs = g.chance(0.25) ? 0 : g.between(1, 3);
            for (int k = 0; k < docs; k++) {
                Map<String, Object> doc = obj(
                        "type",
                        g.pick("DRIVERS_LICENSE", "PASSPORT", "PAYSTUB", "UTILITY_BILL", "BANK_STATEMENT"),
                        "uploadedAt",
                        Gen.seconds(t.minusSeconds(g.between(60, 86_400))),
                        "pages",
                        g.between(1, 6));
                if (g.chance(0.3)) {
                    doc.put("checksum", g.hex(64, false));
                }
                documents.put(g.uuid(), doc);
            }
            d.put("documents", documents);
            List<Object> consents = new ArrayList<>();
            for (String c : new String[] {"CREDIT_CHECK", "TERMS_OF_SERVICE", "MARKETING_EMAIL", "MARKETING_SMS"}) {
                if (g.chance(c.startsWith("MARKETING") ? 0.3 : 0.95)) {
                    consents.add(c);
                }
            }
            d.put("consents", consents);
            List<Object> answers = new ArrayList<>();
            for (String q : QUESTIONS) {
                if (!g.chance(0.6)) {
                    continue;
                }
                Object answer = switch (q) {
                    case "employmentStatus" -> g.pick("EMPLOYED", "SELF_EMPLOYED", "STUDENT", "RETIRED");
                    case "yearsAtAddress" -> g.between(0, 30);
                    case "hasOtherAccounts" -> g.chance(0.5);
                    case "sourceOfFunds" ->
                        g.chance(0.5)
                                ? list("SALARY")
                                : list("SALARY", g.pick("SAVINGS", "INHERITANCE", "INVESTMENTS"));
                    default -> g.chance(0.2) ? null : Gen.money(g.between(600, 4000) * 100L + g.between(0, 1) * 50);
                };
                answers.add(obj("questionId", q, "answer", answer));
            }
            d.put("questionnaire", answers);
            out.add(envelope(g, "APPLICATION_SUBMITTED", BANKING_SOURCE, ACCOUNT, t, REGION, list(), d));
        }
        return out;
    }

    static List<Map<String, Object>> approved(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        Instant t0 = g.tick(1, 1);
        out.add(envelope(
                g,
                "APPLICATION_APPROVED",
                BANKING_SOURCE,
                ACCOUNT,
                t0,
                REGION,
                list(),
                obj(
                        "name",
                        "Gabe",
                        "applicationId",
                        "429901a4-4dc1-4d4f-8cc3-5f82b3dc13a3",
                        "state",
                        "APPROVED",
                        "approvalType",
                        "AUTO")));
        for (int i = 1; i < 500; i++) {
            Instant t = g.tick(30, 900);
            String first = g.first();
            String last = g.last();
            boolean human = g.chance(0.35);
            Map<String, Object> d = obj(
                    "name",
                    i < 75 && g.chance(0.5) ? first : first + " " + last,
                    "applicationId",
                    g.uuid(),
                    "state",
                    "APPROVED",
                    "approvalType",
                    human ? "HUMAN" : "AUTO");
            if (i >= 75) {
                // producer v2 (from event 75 on): richer approvals
                String product = g.pick(PRODUCTS);
                d.put("product", product);
                d.put("approvedAt", Gen.millis(t));
                if (human) {
                    d.put("approvedBy", g.email(g.first(), g.last()).replaceAll("@.*", "@bank.example.com"));
                }
                d.put("accountNumber", g.digits(10));
                if (product.equals("CREDIT_CARD")) {
                    d.put("creditLimit", Gen.money(g.between(5, 200) * 10000L + (g.chance(0.2) ? 5000 : 0)));
                    d.put("apr", Gen.money(g.between(1299, 2999)));
                } else if (product.equals("PERSONAL_LOAN")) {
                    d.put("apr", Gen.money(g.between(499, 1899)));
                    d.put("termMonths", g.pick(12, 24, 36, 48, 60));
                }
                List<Object> conditions = new ArrayList<>();
                if (g.chance(0.2)) {
                    conditions.add(g.pick("PROOF_OF_INCOME", "PROOF_OF_ADDRESS", "INITIAL_DEPOSIT"));
                }
                d.put("conditions", conditions);
            }
            out.add(envelope(g, "APPLICATION_APPROVED", BANKING_SOURCE, ACCOUNT, t, REGION, list(), d));
        }
        return out;
    }

    static List<Map<String, Object>> rejected(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        Instant t0 = g.tick(1, 1);
        // the seed's example as published: state "SUBMITTED" and a 35-character applicationId
        out.add(envelope(
                g,
                "APPLICATION_REJECTED",
                BANKING_SOURCE,
                ACCOUNT,
                t0,
                REGION,
                list(),
                obj(
                        "name",
                        "Gabe-evil",
                        "applicationId",
                        "2a39eb8-2d69-4859-8168-68d00cef15fa",
                        "state",
                        "SUBMITTED")));
        for (int i = 1; i < 300; i++) {
            Instant t = g.tick(60, 1800);
            boolean automated = g.chance(0.7);
            Map<String, Object> d = obj(
                    "name",
                    g.first() + " " + g.last(),
                    "applicationId",
                    g.uuid(),
                    "state",
                    "REJECTED",
                    "rejectedAt",
                    Gen.millis(t),
                    "reviewer",
                    automated ? null : g.email(g.first(), g.last()).replaceAll("@.*", "@bank.example.com"),
                    "riskScore",
                    g.chance(0.3) ? (Object) g.between(60, 100) : Gen.money(g.between(6000, 9999)));
            List<Object> reasons = new ArrayList<>();
            int n = g.between(1, 3);
            for (int k = 0; k < n; k++) {
                String code = g.pick(
                        "CREDIT_SCORE_TOO_LOW",
                        "INCOME_NOT_VERIFIED",
                        "IDENTITY_NOT_VERIFIED",
                        "DEBT_TO_INCOME_TOO_HIGH",
                        "SANCTIONS_SCREENING");
                Map<String, Object> reason = obj("code", code);
                if (g.chance(0.6)) {
                    reason.put(
                            "detail",
                            "Automated check " + code.toLowerCase().replace('_', ' ') + " failed on " + Gen.seconds(t));
                }
                reasons.add(reason);
            }
            d.put("reasons", reasons);
            if (g.chance(0.5)) {
                d.put(
                        "canReapplyAfter",
                        t.atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate()
                                .plusDays(g.pick(30, 90, 180))
                                .toString());
            }
            out.add(envelope(g, "APPLICATION_REJECTED", BANKING_SOURCE, ACCOUNT, t, REGION, list(), d));
        }
        return out;
    }

    static List<Map<String, Object>> flagged(Gen g) {
        List<Map<String, Object>> out = new ArrayList<>();
        Instant t0 = g.tick(1, 1);
        // the seed's example: only a Step Functions task token (truncated in the slide)
        out.add(envelope(
                g,
                "APPLICATION_FLAGGED_FOR_REVIEW",
                BANKING_SOURCE,
                ACCOUNT,
                t0,
                REGION,
                list(),
                obj("taskToken", "AAAAKgAAAAIAAAAAAAAAAWMa90taoicZ6nmcG30KU1Ynd2/jpzU...")));
        for (int i = 1; i < 200; i++) {
            Instant t = g.tick(120, 3600);
            Map<String, Object> d = obj("taskToken", "AAAAKgAAAAIAAAAAAAAAA" + g.base64(g.between(180, 260)));
            if (g.chance(0.9)) {
                d.put("applicationId", g.uuid());
                d.put("name", g.first() + " " + g.last());
                d.put("flaggedAt", Gen.millis(t));
                d.put("riskScore", g.chance(0.25) ? (Object) g.between(40, 99) : Gen.money(g.between(4000, 9999)));
                List<Object> flags = new ArrayList<>();
                for (String f : new String[] {
                    "ADDRESS_MISMATCH",
                    "SANCTIONS_NEAR_MATCH",
                    "HIGH_RISK_COUNTRY",
                    "DUPLICATE_APPLICATION",
                    "THIN_CREDIT_FILE"
                }) {
                    if (g.chance(0.3)) {
                        flags.add(f);
                    }
                }
                if (flags.isEmpty()) {
                    flags.add("THIN_CREDIT_FILE");
                }
                d.put("flags", flags);
                Map<String, Object> ruleHits = new LinkedHashMap<>();
                int hits = g.between(1, 4);
                for (int k = 0; k < hits; k++) {
                    ruleHits.put(
                            String.valueOf(g.between(1000, 1400)),
                            g.chance(0.5) ? (Object) g.between(5, 40) : Gen.money(g.between(500, 4000)));
                }
                d.put("ruleHits", ruleHits);
                // what the rules matched: a bare string for a list match, an object for a field mismatch
                List<Object> evidence = new ArrayList<>();
                if (flags.contains("SANCTIONS_NEAR_MATCH")) {
                    evidence.add(
                            "sanctions list entry " + g.between(1000, 9999) + " (score 0." + g.between(80, 99) + ")");
                }
                if (flags.contains("ADDRESS_MISMATCH")) {
                    evidence.add(
                            obj("field", "postalCode", "expected", "0" + g.digits(4), "actual", "0" + g.digits(4)));
                }
                if (flags.contains("DUPLICATE_APPLICATION")) {
                    evidence.add(obj("field", "applicationId", "expected", null, "actual", g.uuid()));
                }
                d.put("evidence", evidence);
                d.put(
                        "assignee",
                        g.chance(0.4) ? null : g.email(g.first(), g.last()).replaceAll("@.*", "@bank.example.com"));
                d.put("expiresAt", Gen.seconds(t.plusSeconds(7 * 86_400)));
            }
            out.add(envelope(g, "APPLICATION_FLAGGED_FOR_REVIEW", BANKING_SOURCE, ACCOUNT, t, REGION, list(), d));
        }
        return out;
    }
}

package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InferenceRulesTest {

    private static String prop(String events, String name) {
        return prop(List.of(events.split("\n")), name);
    }

    /** The compact schema of one property of the root {@code Event} component. */
    private static String prop(List<String> events, String name) {
        try {
            return Json.MAPPER
                    .readTree(Events.samples(events).toOpenApi())
                    .path("components")
                    .path("schemas")
                    .path("Event")
                    .path("properties")
                    .path(name)
                    .toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String required(String... events) {
        try {
            return Json.MAPPER
                    .readTree(Events.samples(events).toOpenApi())
                    .path("components")
                    .path("schemas")
                    .path("Event")
                    .path("required")
                    .toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> repeat(int n, java.util.function.IntFunction<String> event) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event.apply(i));
        }
        return out;
    }

    @Nested
    class RequiredAndNullable {

        @Test
        void requiredIsWhatEveryObjectHad() {
            assertThat(required("{\"a\":1,\"b\":2}", "{\"a\":3}")).isEqualTo("[\"a\"]");
        }

        @Test
        void requiredIsLeftOutWhenNothingIsAlwaysPresent() {
            assertThat(required("{\"a\":1}", "{\"b\":2}")).isEqualTo("");
        }

        @Test
        void nullIsNullableNotOptional() {
            assertThat(required("{\"a\":1}", "{\"a\":null}")).isEqualTo("[\"a\"]");
            assertThat(prop("{\"a\":1}\n{\"a\":null}", "a"))
                    .isEqualTo("{\"type\":\"integer\",\"format\":\"int64\",\"nullable\":true}");
        }

        @Test
        void absentIsOptionalNotNullable() {
            assertThat(prop("{\"a\":1}\n{}", "a")).isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
            assertThat(required("{\"a\":1}", "{}")).isEqualTo("");
        }

        @Test
        void onlyEverNullIsTheEmptySchema() {
            assertThat(prop("{\"a\":null}", "a")).isEqualTo("{}");
        }

        @Test
        void requiredIsPerParentObjectInstance() {
            String events = "{\"o\":{\"x\":1,\"y\":1}}\n{\"o\":{\"x\":2}}\n{}";
            ShapeSnapshot s = Events.samples(List.of(events.split("\n")));
            assertThat(Events.component(s, "O")).contains("\"required\":[\"x\"]");
        }
    }

    @Nested
    class Numbers {

        @Test
        void integersStayIntegers() {
            assertThat(prop("{\"n\":1}\n{\"n\":-5}", "n")).isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
        }

        @Test
        void integersWidenToNumberWhenAFractionAppears() {
            assertThat(prop("{\"n\":1}\n{\"n\":2.5}", "n")).isEqualTo("{\"type\":\"number\",\"format\":\"double\"}");
        }

        @Test
        void integersBeyondInt64LoseTheInt64Format() {
            assertThat(prop("{\"n\":1}\n{\"n\":123456789012345678901234567890}", "n"))
                    .isEqualTo("{\"type\":\"integer\"}");
            assertThat(prop("{\"n\":9223372036854775807}\n{\"n\":-9223372036854775808}", "n"))
                    .isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
            assertThat(prop("{\"n\":9223372036854775808}", "n")).isEqualTo("{\"type\":\"integer\"}");
        }

        @Test
        void numbersBeyondDoubleLoseTheDoubleFormat() {
            assertThat(prop("{\"n\":1.5}\n{\"n\":1e400}", "n")).isEqualTo("{\"type\":\"number\"}");
            assertThat(prop("{\"n\":1.5e300}\n{\"n\":-2E-400}", "n"))
                    .isEqualTo("{\"type\":\"number\",\"format\":\"double\"}");
        }

        @Test
        void aThousandDigitIntegerIsStillAnInteger() {
            assertThat(prop("{\"n\":" + "9".repeat(1000) + "}", "n")).isEqualTo("{\"type\":\"integer\"}");
        }
    }

    @Nested
    class Formats {

        @Test
        void formatIsInferredWhenEveryValueMatches() {
            assertThat(prop("{\"t\":\"2026-01-01T00:00:00Z\"}\n{\"t\":\"2026-02-28T23:59:59.123+05:30\"}", "t"))
                    .isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
            assertThat(prop("{\"d\":\"2026-01-01\"}", "d")).isEqualTo("{\"type\":\"string\",\"format\":\"date\"}");
            assertThat(prop("{\"d\":\"12:00:00Z\"}", "d")).isEqualTo("{\"type\":\"string\",\"format\":\"time\"}");
            assertThat(prop("{\"u\":\"" + UUID.randomUUID() + "\"}", "u"))
                    .isEqualTo("{\"type\":\"string\",\"format\":\"uuid\"}");
            assertThat(prop("{\"u\":\"https://example.com/a?b=c\"}", "u"))
                    .isEqualTo("{\"type\":\"string\",\"format\":\"uri\"}");
            assertThat(prop("{\"e\":\"ann@example.com\"}", "e"))
                    .isEqualTo("{\"type\":\"string\",\"format\":\"email\"}");
            assertThat(prop("{\"i\":\"192.168.0.1\"}", "i")).isEqualTo("{\"type\":\"string\",\"format\":\"ipv4\"}");
            assertThat(prop("{\"i\":\"2001:db8::1\"}", "i")).isEqualTo("{\"type\":\"string\",\"format\":\"ipv6\"}");
        }

        @Test
        void oneNonMatchingValueRemovesTheFormat() {
            assertThat(prop("{\"t\":\"2026-01-01T00:00:00Z\"}\n{\"t\":\"yesterday\"}", "t"))
                    .isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void nullsDoNotRemoveAFormat() {
            assertThat(prop("{\"t\":\"2026-01-01\"}\n{\"t\":null}", "t"))
                    .isEqualTo("{\"type\":\"string\",\"format\":\"date\",\"nullable\":true}");
        }
    }

    @Nested
    class Enumerations {

        @Test
        void lowCardinalityStringsSeenOftenBecomeEnums() {
            String[] statuses = {"NEW", "PAID", "SHIPPED"};
            List<String> events = repeat(12, i -> "{\"s\":\"" + statuses[i % 3] + "\"}");
            assertThat(prop(events, "s")).isEqualTo("{\"type\":\"string\",\"enum\":[\"NEW\",\"PAID\",\"SHIPPED\"]}");
        }

        @Test
        void aNullableEnumListsNull() {
            List<String> events =
                    repeat(16, i -> i % 4 == 3 ? "{\"s\":null}" : "{\"s\":\"" + (i % 2 == 0 ? "ON" : "OFF") + "\"}");
            assertThat(prop(events, "s"))
                    .isEqualTo("{\"type\":\"string\",\"nullable\":true,\"enum\":[\"OFF\",\"ON\",null]}");
        }

        @Test
        void aConstantIsNotAnEnum() {
            assertThat(prop(repeat(100, i -> "{\"c\":\"Leeds\"}"), "c")).isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void tooFewObservationsAreNotAnEnum() {
            List<String> events = repeat(9, i -> "{\"s\":\"" + (i % 2 == 0 ? "A" : "B") + "\"}");
            assertThat(prop(events, "s")).isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void tooManyDistinctValuesForTheObservationsAreNotAnEnum() {
            List<String> events = repeat(20, i -> "{\"s\":\"v" + "abcdefgh".charAt(i % 8) + "\"}");
            assertThat(prop(events, "s")).isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void skuLikeCodesAreNotAnEnumHoweverOftenSeen() {
            List<String> events = repeat(10_000, i -> "{\"sku\":\"S" + (1 + i % 9) + "\"}");
            assertThat(prop(events, "sku")).isEqualTo("{\"type\":\"string\"}");
            List<String> many = repeat(10_000, i -> "{\"sku\":\"S" + (1 + i % 99) + "\"}");
            assertThat(prop(many, "sku")).isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void orderIdsAndHashesAreNotEnums() {
            assertThat(prop(repeat(100, i -> "{\"id\":\"ord-" + (1000 + i % 5) + "\"}"), "id"))
                    .isEqualTo("{\"type\":\"string\"}");
            assertThat(prop(repeat(100, i -> "{\"h\":\"" + "deadbeefcafebabe".substring(i % 2) + "0\"}"), "h"))
                    .isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void numericStringsAreNotEnums() {
            assertThat(prop(repeat(50, i -> "{\"n\":\"" + (i % 3) + "\"}"), "n"))
                    .isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void aFewCodesWithDigitsAmongWordsAreStillAnEnum() {
            String[] v = {"TLS1_2", "TLS1_3", "NONE", "PLAIN"};
            assertThat(prop(repeat(40, i -> "{\"p\":\"" + v[i % 4] + "\"}"), "p"))
                    .isEqualTo("{\"type\":\"string\",\"enum\":[\"NONE\",\"PLAIN\",\"TLS1_2\",\"TLS1_3\"]}");
        }

        @Test
        void regionCodesWhoseWordsDifferAreAnEnum() {
            String[] v = {"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"};
            assertThat(prop(repeat(1200, i -> "{\"region\":\"" + v[i % 4] + "\"}"), "region"))
                    .isEqualTo(
                            "{\"type\":\"string\",\"enum\":[\"ap-southeast-2\",\"eu-west-1\",\"us-east-1\",\"us-west-2\"]}");
        }

        @Test
        void codesThatDifferOnlyInTheirNumberAreNotAnEnum() {
            String[] v = {"eu-west-1", "eu-west-2", "eu-west-3", "us-east-1"};
            assertThat(prop(repeat(1200, i -> "{\"region\":\"" + v[i % 4] + "\"}"), "region"))
                    .isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void codesWithLongNumbersAreIdentifiersHoweverOftenSeen() {
            String[] events = {"RDS-EVENT-0040", "RDS-EVENT-0041", "RDS-EVENT-0059", "RDS-EVENT-0091"};
            assertThat(prop(repeat(1000, i -> "{\"e\":\"" + events[i % 4] + "\"}"), "e"))
                    .isEqualTo("{\"type\":\"string\"}");
            String[] arns = {
                "arn:aws:iam::123456789012:role/Admin",
                "arn:aws:iam::123456789012:role/Etl",
                "arn:aws:iam::210987654321:role/Deploy"
            };
            assertThat(prop(repeat(900, i -> "{\"arn\":\"" + arns[i % 3] + "\"}"), "arn"))
                    .isEqualTo("{\"type\":\"string\"}");
        }

        @Test
        void twoIdentifiersSeenTenTimesEachAreNotAnEnum() {
            String[][] cases = {
                {"eventId", "DMS-EVENT-0066", "DMS-EVENT-0067"},
                {"EC2InstanceId", "i-1234567890abcdef0", "i-b188560f"},
                {"subnet", "subnet-0ab12cd34ef567890", "subnet-7f2c9e11"},
                {"cluster", "j-1K48XXXXXXHCB", "j-3SD91U2E1L2QX"},
                {"group", "ig-ABCDEFGHIJKL", "ig-X2LBMHTGPCBU"},
                {"window", "mw-0c50858d01EXAMPLE", "mw-0d9a7c6b5a4EXAMPLE"},
                {"accessKey", "ASIAIOSFODNN7EXAMPLE", "ASIAXYZ0123EXAMPLE99"},
                {
                    "version",
                    "3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo",
                    "096fKKXTRTtl3on89fVO.nfljtsv6qko"
                },
                {"when", "Sat, 04 Jun 2016 05:01:10 GMT", "Sun, 05 Jun 2016 07:11:00 GMT"},
                {"usage", "0.0%  0.00MB", "12.5%  3.20MB"}
            };
            for (String[] c : cases) {
                assertThat(prop(repeat(20, i -> "{\"" + c[0] + "\":\"" + c[1 + i % 2] + "\"}"), c[0]))
                        .as(c[1])
                        .isEqualTo("{\"type\":\"string\"}");
            }
        }

        @Test
        void collectionsWrittenAsTextAreNotAnEnum() {
            String[] lists = {"[C.pdf, dir3]", "[D.doc, dir4]"};
            assertThat(prop(repeat(20, i -> "{\"changedPartitions\":[\"" + lists[i % 2] + "\"]}"), "changedPartitions"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
            assertThat(InferenceRules.isSerializedCollection("{\"a\":1}")).isTrue();
            assertThat(InferenceRules.isSerializedCollection("[ALL]")).isTrue();
            assertThat(InferenceRules.isSerializedCollection("IN_PROGRESS")).isFalse();
        }

        @Test
        void theEnvelopesResourcesAreArnsWhateverTheyLookLike() {
            String[] placeholders = {"auto-scaling-group-arn", "instance-arn"};
            String[] events = new String[20];
            for (int i = 0; i < events.length; i++) {
                events[i] = "{\"version\":\"0\",\"id\":\"" + UUID.randomUUID() + "\",\"detail-type\":\"Launch\","
                        + "\"source\":\"aws.autoscaling\",\"account\":\"123456789012\",\"time\":\"2026-01-01T00:00:00Z\","
                        + "\"region\":\"us-east-1\",\"resources\":[\"" + placeholders[i % 2] + "\"],"
                        + "\"detail\":{\"kind\":\"" + placeholders[i % 2] + "\"}}";
            }
            ShapeSnapshot shape = Events.envelope("aws.autoscaling", "Launch", events);
            assertThat(Events.component(shape, "AWSEvent"))
                    .contains("\"resources\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
            assertThat(Events.component(shape, "Launch"))
                    .as("the same values in the detail are judged as usual")
                    .contains("\"enum\"");
        }

        @Test
        void aPropertyNamedAsAnIdentifierIsNotAnEnumWhateverItsValues() {
            String[] v = {"alpha", "beta"};
            for (String field : List.of(
                    "sessionId",
                    "window-id",
                    "instance_id",
                    "requestID",
                    "EventID",
                    "roleArn",
                    "accessKey",
                    "nextToken",
                    "ids",
                    "correlationUuid")) {
                assertThat(prop(repeat(40, i -> "{\"" + field + "\":\"" + v[i % 2] + "\"}"), field))
                        .as(field)
                        .isEqualTo("{\"type\":\"string\"}");
            }
        }

        @Test
        void realCodeSetsStayEnums() {
            String[][] cases = {
                {"status", "ACTIVE", "INACTIVE", "PENDING"},
                {"state", "running", "stopped", "terminated"},
                {"tier", "Standard", "Premium"},
                {"severity", "LOW", "MEDIUM", "HIGH"},
                {"instanceType", "t3.micro", "m5.2xlarge", "c6g.large"},
                {"protocol", "TLSv1.2", "TLSv1.3"},
                {"alarmState", "INSUFFICIENT_DATA", "OK", "ALARM"},
                {"encryption", "AES256", "aws:kms"},
                {"cipherSuite", "ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_128_GCM_SHA256"}
            };
            for (String[] c : cases) {
                int n = c.length - 1;
                String json = prop(repeat(10 * n, i -> "{\"" + c[0] + "\":\"" + c[1 + i % n] + "\"}"), c[0]);
                assertThat(json).as(c[0]).contains("\"enum\"");
            }
        }

        @Test
        void identifierAndMeasurementShapes() {
            assertThat(InferenceRules.isIdentifierValue("arn:aws:s3:::bucket")).isTrue();
            assertThat(InferenceRules.isIdentifierValue("i-b188560f")).isTrue();
            assertThat(InferenceRules.isIdentifierValue("ig-ABCDEFGHIJKL")).isTrue();
            assertThat(InferenceRules.isIdentifierValue("in-progress"))
                    .as("a hyphenated word")
                    .isFalse();
            assertThat(InferenceRules.isIdentifierValue("ap-southeast-2")).isFalse();
            assertThat(InferenceRules.isIdentifierValue("us-gov-west-1")).isFalse();
            assertThat(InferenceRules.isIdentifierValue("CREATE_IN_PROGRESS")).isFalse();
            assertThat(InferenceRules.isIdentifierValue("AKIAIOSFODNN7EXAMPLE")).isTrue();
            assertThat(InferenceRules.isMeasurement("0.0%  0.00MB")).isTrue();
            assertThat(InferenceRules.isMeasurement("1.5 GB")).isTrue();
            assertThat(InferenceRules.isMeasurement("TLSv1.2")).isFalse();
            assertThat(InferenceRules.isMeasurement("t3.2xlarge")).isFalse();
            assertThat(InferenceRules.isMeasurement("5xx")).isFalse();
        }

        @Test
        void theCodeSkeletonMasksWordsWithDigits() {
            assertThat(InferenceRules.codeSkeleton("us-east-1")).isEqualTo("us-east-#");
            assertThat(InferenceRules.codeSkeleton("TLS1_2")).isEqualTo("#_#");
            assertThat(InferenceRules.codeSkeleton("ord-12")).isEqualTo("ord-#");
            assertThat(InferenceRules.codeSkeleton("ord-123")).isNull();
        }

        @Test
        void namesAndProseAreNotEnumsHoweverFewTheValues() {
            String[] v = {"alice", "bob", "ci-runner", "deploy-bot"};
            for (String field : List.of(
                    "name",
                    "userName",
                    "user_name",
                    "ProductName",
                    "title",
                    "description",
                    "message",
                    "comment",
                    "notes")) {
                assertThat(prop(repeat(400, i -> "{\"" + field + "\":\"" + v[i % 4] + "\"}"), field))
                        .as(field)
                        .isEqualTo("{\"type\":\"string\"}");
            }
        }

        @Test
        void tagItemsAreNotAnEnum() {
            String[] v = {"vip", "billing", "outage"};
            assertThat(prop(repeat(100, i -> "{\"tags\":[\"" + v[i % 3] + "\"]}"), "tags"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
        }

        @Test
        void theNameOfAKindIsStillAnEnum() {
            String[] v = {"GetObject", "PutObject", "DeleteObject"};
            assertThat(prop(repeat(90, i -> "{\"eventName\":\"" + v[i % 3] + "\"}"), "eventName"))
                    .isEqualTo("{\"type\":\"string\",\"enum\":[\"DeleteObject\",\"GetObject\",\"PutObject\"]}");
        }

        @Test
        void actorsAreNotEnumsButSortKeysAre() {
            String[] v = {"s3.amazonaws.com", "glue.amazonaws.com", "athena.amazonaws.com"};
            assertThat(prop(repeat(90, i -> "{\"invokedBy\":\"" + v[i % 3] + "\"}"), "invokedBy"))
                    .isEqualTo("{\"type\":\"string\"}");
            String[] keys = {"price", "date"};
            assertThat(prop(repeat(20, i -> "{\"sortBy\":\"" + keys[i % 2] + "\"}"), "sortBy"))
                    .isEqualTo("{\"type\":\"string\",\"enum\":[\"date\",\"price\"]}");
        }
    }

    @Nested
    class Maps {

        @Test
        void numericKeysMakeAMap() {
            assertThat(prop("{\"stock\":{\"1001\":5,\"1002\":7}}\n{\"stock\":{\"1003\":1}}", "stock"))
                    .isEqualTo(
                            "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int64\"}}");
        }

        @Test
        void uuidKeysMakeAMapOfComponents() {
            assertThat(prop("{\"byId\":{\"" + UUID.randomUUID() + "\":{\"qty\":1}}}", "byId"))
                    .isEqualTo(
                            "{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/ByIdValue\"}}");
        }

        @Test
        void moreKeysThanTheCapMakeAMapAndStopGrowing() {
            StringBuilder wide = new StringBuilder("{\"attrs\":{");
            for (int i = 0; i <= InferenceRules.MAX_PROPERTIES; i++) {
                wide.append(i == 0 ? "" : ",")
                        .append("\"attribute")
                        .append((char) ('a' + i % 26))
                        .append(i / 26)
                        .append("\":\"x")
                        .append(i)
                        .append('"');
            }
            wide.append("}}");
            ShapeSnapshot s = Events.samples(wide.toString());
            assertThat(prop(wide.toString(), "attrs"))
                    .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}");
            assertThat(s.toJson()).contains("\"mapValues\"").doesNotContain("attributea0");
        }

        @Test
        void sparseHomogeneousKeysMakeAMap() {
            List<String> events = repeat(
                    40,
                    i -> "{\"prices\":{\"cur" + (char) ('A' + i % 20) + "\":" + i + ",\"cur"
                            + (char) ('A' + (i + 7) % 20) + "\":1}}");
            assertThat(prop(events, "prices")).contains("\"additionalProperties\"");
        }

        @Test
        void dateAndDigestKeysMakeAMap() {
            assertThat(prop("{\"byDay\":{\"2026-01-01\":1,\"2026-01-02\":2}}", "byDay"))
                    .contains("additionalProperties");
            assertThat(prop("{\"blobs\":{\"9f86d081884c7d65\":{\"size\":1}}}", "blobs"))
                    .contains("additionalProperties");
        }

        @Test
        void wordKeysWithDigitsStayAnObject() {
            assertThat(prop("{\"a\":{\"line1\":\"x\",\"line2\":\"y\"}}", "a"))
                    .isEqualTo("{\"$ref\":\"#/components/schemas/A\"}");
        }

        @Test
        void tagsOfStringsAreAMapWhoseValuesAreNotEnums() {
            String[] env = {"dev", "prod", "staging"};
            List<String> events = repeat(
                    200,
                    i -> "{\"Tags\":{\"Environment\":\"" + env[i % 3] + "\",\"CostCenter\":\"cc" + (i % 2) + "\"}}");
            assertThat(prop(events, "Tags"))
                    .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}");
            assertThat(prop("{\"resourceLabels\":{\"team\":\"a\"}}", "resourceLabels"))
                    .contains("additionalProperties");
        }

        @Test
        void theEntriesOfATagListAreRecordsNotMaps() {
            List<String> events = repeat(
                    10,
                    i -> "{\"tags\":[{\"key\":\"Name\",\"value\":\"ssh-22-open\"}],"
                            + "\"FileSystemTags\":[{\"Key\":\"Owner\",\"Value\":\"ops\"}]}");
            assertThat(prop(events, "tags"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Tag\"}}");
            assertThat(prop(events, "FileSystemTags")).contains("\"$ref\"").doesNotContain("additionalProperties");
        }

        @Test
        void tagsHoldingMoreThanStringsAndOtherWordKeysStayAnObject() {
            assertThat(prop("{\"tags\":{\"count\":1,\"owner\":\"x\"}}", "tags"))
                    .isEqualTo("{\"$ref\":\"#/components/schemas/Tags\"}");
            assertThat(prop("{\"attributes\":{\"creationDate\":\"x\",\"mfa\":\"false\"}}", "attributes"))
                    .isEqualTo("{\"$ref\":\"#/components/schemas/Attributes\"}");
        }

        @Test
        void stableFieldNamesStayAnObject() {
            assertThat(prop("{\"c\":{\"name\":\"a\",\"city\":\"b\"}}", "c"))
                    .isEqualTo("{\"$ref\":\"#/components/schemas/C\"}");
        }
    }

    @Nested
    class Arrays {

        @Test
        void itemSchemasMergeAcrossElementsAndEvents() {
            String events = "{\"lines\":[{\"a\":1},{\"a\":2,\"b\":\"x\"}]}\n{\"lines\":[{\"a\":3}]}";
            ShapeSnapshot s = Events.samples(List.of(events.split("\n")));
            assertThat(Events.component(s, "Line"))
                    .isEqualTo("{\"type\":\"object\",\"required\":[\"a\"],\"properties\":"
                            + "{\"a\":{\"type\":\"integer\",\"format\":\"int64\"},\"b\":{\"type\":\"string\"}}}");
        }

        @Test
        void anEmptyArrayDoesNotEraseKnownItemTypes() {
            assertThat(prop("{\"t\":[\"a\"]}\n{\"t\":[]}", "t"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
        }

        @Test
        void onlyEmptyArraysHaveUnconstrainedItems() {
            assertThat(prop("{\"t\":[]}", "t")).isEqualTo("{\"type\":\"array\",\"items\":{}}");
        }

        @Test
        void mixedItemTypesBecomeAUnion() {
            assertThat(prop("{\"t\":[1,\"a\",true]}", "t"))
                    .isEqualTo(
                            "{\"type\":\"array\",\"items\":{\"anyOf\":["
                                    + "{\"type\":\"string\"},{\"type\":\"integer\",\"format\":\"int64\"},{\"type\":\"boolean\"}]}}");
        }

        @Test
        void arrayItemComponentsAreSingular() {
            assertThat(prop("{\"entries\":[{\"k\":1}]}", "entries"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Entry\"}}");
        }
    }

    @Nested
    class Unions {

        @Test
        void severalJsonTypesBecomeATypeUnionNotAnEmptySchema() {
            assertThat(prop("{\"v\":1}\n{\"v\":\"one\"}\n{\"v\":null}", "v"))
                    .isEqualTo("{\"anyOf\":["
                            + "{\"type\":\"string\",\"nullable\":true},{\"type\":\"integer\",\"format\":\"int64\"}]}");
        }

        @Test
        void objectAndScalarBecomeAUnionWithAReference() {
            assertThat(prop("{\"v\":{\"x\":1}}\n{\"v\":true}", "v"))
                    .isEqualTo("{\"anyOf\":[" + "{\"$ref\":\"#/components/schemas/V\"},{\"type\":\"boolean\"}]}");
        }
    }
}

package dev.bindery.schemas.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.codegen.JsonValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample event of the corpus survives unmarshal → marshal through the classes the Bindery Maven
 * plugin generated in this build from the corpus' schemas: the same JSON value comes back (objects as
 * unordered maps, numbers by exact value, date-times as instants). Naming the generated classes here
 * also proves at compile time that the plugin generated them.
 */
class GeneratedBindingsRoundTripTest {
    /** Reads numbers exactly, as the lossless contract compares them. */
    private static final ObjectMapper JSON = JsonValues.MAPPER;

    private static final Path CORPUS = Path.of("src/main/resources/corpus");

    /** Unmarshals one event with a kind's generated marshaller and marshals it back. */
    @FunctionalInterface
    interface RoundTrip {
        void apply(InputStream in, OutputStream out) throws IOException;
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                kind(
                        "banking-application-approved",
                        (in, out) -> dev.bindery.events
                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                .applicationapproved.Marshaller.marshal(
                                out,
                                dev.bindery.events
                                        .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                        .applicationapproved.Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery
                                                .events
                                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                                .applicationapproved
                                                .APPLICATIONAPPROVED
                                                .class))),
                kind(
                        "banking-application-flagged-for-review",
                        (in, out) -> dev.bindery.events
                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                .applicationflaggedforreview.Marshaller.marshal(
                                out,
                                dev.bindery.events
                                        .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                        .applicationflaggedforreview.Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery
                                                .events
                                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                                .applicationflaggedforreview
                                                .APPLICATIONFLAGGEDFORREVIEW
                                                .class))),
                kind(
                        "banking-application-rejected",
                        (in, out) -> dev.bindery.events
                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                .applicationrejected.Marshaller.marshal(
                                out,
                                dev.bindery.events
                                        .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                        .applicationrejected.Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery
                                                .events
                                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                                .applicationrejected
                                                .APPLICATIONREJECTED
                                                .class))),
                kind(
                        "banking-application-submitted",
                        (in, out) -> dev.bindery.events
                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                .applicationsubmitted.Marshaller.marshal(
                                out,
                                dev.bindery.events
                                        .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                        .applicationsubmitted.Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery
                                                .events
                                                .arn_aws_dynamodb_us_east_1_123456789012_table_accountapplicationservice_events_table_prod_stream_2019_09_20t17_30_50_706
                                                .applicationsubmitted
                                                .APPLICATIONSUBMITTED
                                                .class))),
                kind(
                        "basket-checkout",
                        (in, out) -> dev.bindery.events.com_swn_basket_checkoutbasket.checkoutbasket.Marshaller.marshal(
                                out,
                                dev.bindery.events.com_swn_basket_checkoutbasket.checkoutbasket.Marshaller
                                        .unmarshalEvent(
                                                in,
                                                dev.bindery.events.com_swn_basket_checkoutbasket.checkoutbasket
                                                        .CheckoutBasket.class))),
                kind(
                        "ec2-instance-state-change",
                        (in, out) -> dev.bindery.events.aws.ec2.ec2instancestatechangenotification.Marshaller.marshal(
                                out,
                                dev.bindery.events.aws.ec2.ec2instancestatechangenotification.Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery.events.aws.ec2.ec2instancestatechangenotification
                                                .EC2InstanceStateChangeNotification.class))),
                kind(
                        "rds-db-snapshot-event",
                        (in, out) -> dev.bindery.events.aws.rds.rdsdbsnapshotevent.Marshaller.marshal(
                                out,
                                dev.bindery.events.aws.rds.rdsdbsnapshotevent.Marshaller.unmarshalEvent(
                                        in, dev.bindery.events.aws.rds.rdsdbsnapshotevent.RDSDBSnapshotEvent.class))),
                kind(
                        "s3-object-level-cloudtrail",
                        (in, out) -> dev.bindery.events.aws.s3.awsapicallviacloudtrail.Marshaller.marshal(
                                out,
                                dev.bindery.events.aws.s3.awsapicallviacloudtrail.Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery.events.aws.s3.awsapicallviacloudtrail.AWSAPICallViaCloudTrail
                                                .class))),
                kind(
                        "zendesk-ticket-priority-changed",
                        (in, out) -> dev.bindery.events.aws.partner.zendesk_com_9242270_default
                                .supportticketprioritychanged.Marshaller.marshal(
                                out,
                                dev.bindery.events.aws.partner.zendesk_com_9242270_default.supportticketprioritychanged
                                        .Marshaller.unmarshalEvent(
                                        in,
                                        dev.bindery.events.aws.partner.zendesk_com_9242270_default
                                                .supportticketprioritychanged.SupportTicketPriorityChanged.class))));
    }

    private static Arguments kind(String directory, RoundTrip roundTrip) {
        return Arguments.of(directory, roundTrip);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everySampleEventRoundTripsThroughTheGeneratedClasses(String kind, RoundTrip roundTrip) throws IOException {
        List<String> events =
                Files.readAllLines(CORPUS.resolve(kind).resolve("events.ndjson"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .toList();
        assertThat(events).as("sample events of %s", kind).isNotEmpty();
        for (int i = 0; i < events.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            roundTrip.apply(new ByteArrayInputStream(events.get(i).getBytes(StandardCharsets.UTF_8)), out);
            JsonNode before = JSON.readTree(events.get(i));
            JsonNode after = JSON.readTree(out.toByteArray());
            assertThat(JsonValues.equal(before, after))
                    .as("%s event %d came back as%n%s%ninstead of%n%s", kind, i + 1, after, before)
                    .isTrue();
        }
    }
}

package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.codegen.GeneratorOptions.Layout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EventBridge layout: AWS's package names, file paths and API, so AWS-style client code compiles unchanged. */
class LayoutTest {
    @Test
    void packagesFollowEventBridgeNaming() {
        assertThat(Generator.packageName("aws.ec2@EC2InstanceStateChangeNotification", Layout.EVENTBRIDGE))
                .isEqualTo("schema.aws.ec2.ec2instancestatechangenotification");
        assertThat(Generator.packageName("aws.s3@ObjectCreated", Layout.EVENTBRIDGE))
                .isEqualTo("schema.aws.s3.objectcreated");
        assertThat(Generator.packageName("unicorn.contracts@ContractStatusChanged", Layout.EVENTBRIDGE))
                .isEqualTo("schema.unicorn_contracts.contractstatuschanged");
        assertThat(Generator.packageName("schema_test-0", Layout.EVENTBRIDGE)).isEqualTo("schema.schema_test_0");
        assertThat(Generator.packageName("aws.partner-saas.com/123@Thing", Layout.EVENTBRIDGE))
                .isEqualTo("schema.aws.partner.saas_com_123.thing");
        assertThat(Generator.packageName("orders@OrderPlaced", Layout.BINDERY))
                .isEqualTo("dev.bindery.events.orders.orderplaced");
    }

    @Test
    void componentClassNamesFollowAwsInTheEventBridgeLayoutOnly() {
        String schema = """
                {"openapi":"3.0.0","info":{"title":"Some Awesome Schema","version":"1"},"paths":{},
                 "components":{"schemas":{"Some Awesome Schema":{"type":"object","properties":{
                   "object":{"$ref":"#/components/schemas/object"}}},
                   "object":{"type":"object","properties":{"key":{"type":"string"}}}}}}
                """;
        List<GeneratedFile> aws = Generator.generate(
                schema,
                GeneratorOptions.defaults().withLayout(Layout.EVENTBRIDGE).withSchemaName("schema_test-0"));
        assertThat(aws)
                .extracting(GeneratedFile::relativePath)
                .containsExactly(
                        "schema/schema_test_0/AWSEvent.java", "schema/schema_test_0/ObjectType.java",
                        "schema/schema_test_0/Some_Awesome_Schema.java",
                                "schema/schema_test_0/marshaller/Marshaller.java");
        List<GeneratedFile> bindery =
                Generator.generate(schema, GeneratorOptions.defaults().withPackageName("b"));
        assertThat(bindery)
                .extracting(GeneratedFile::relativePath)
                .contains("b/SomeAwesomeSchema.java", "b/ObjectType.java");
        CompiledBinding.compile(aws, 8);
    }

    @Test
    void envelopeDocumentsDeriveTheSchemaNameFromTheirExtensions() throws Exception {
        String schema = JsonValues.MAPPER.writeValueAsString(
                ConstructRoundTripTest.construct("jsonschema-eventbridge").get("schema"));
        List<GeneratedFile> files =
                Generator.generate(schema, GeneratorOptions.defaults().withLayout(Layout.EVENTBRIDGE));
        assertThat(files)
                .extracting(GeneratedFile::relativePath)
                .containsExactly(
                        "schema/aws/ec2/ec2instancestatechangenotification/AWSEvent.java",
                        "schema/aws/ec2/ec2instancestatechangenotification/EC2InstanceStateChangeNotification.java",
                        "schema/aws/ec2/ec2instancestatechangenotification/marshaller/Marshaller.java");
    }

    @Test
    void codeWrittenAgainstAwsBindingsCompilesAndRuns() throws Exception {
        String schema = JsonValues.MAPPER.writeValueAsString(
                ConstructRoundTripTest.construct("jsonschema-eventbridge").get("schema"));
        List<GeneratedFile> files = new ArrayList<>(
                Generator.generate(schema, GeneratorOptions.defaults().withLayout(Layout.EVENTBRIDGE)));
        // The shape of a SAM EventBridge handler written against AWS's generated binding.
        files.add(new GeneratedFile("app/Handler.java", """
                package app;

                import java.io.ByteArrayInputStream;
                import java.io.ByteArrayOutputStream;
                import java.io.IOException;
                import java.nio.charset.StandardCharsets;
                import java.util.List;
                import schema.aws.ec2.ec2instancestatechangenotification.AWSEvent;
                import schema.aws.ec2.ec2instancestatechangenotification.EC2InstanceStateChangeNotification;
                import schema.aws.ec2.ec2instancestatechangenotification.marshaller.Marshaller;

                public final class Handler {
                    private Handler() {
                    }

                    public static String handle(String json) throws IOException {
                        AWSEvent<EC2InstanceStateChangeNotification> event = Marshaller.unmarshalEvent(
                                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                                EC2InstanceStateChangeNotification.class);
                        EC2InstanceStateChangeNotification detail = event.getDetail();
                        detail.setState("running");
                        event.setDetail(detail);
                        event.setDetailType("HelloWorldFunction updated event of " + event.getDetailType());
                        List<String> resources = event.getResources();
                        AWSEvent<EC2InstanceStateChangeNotification> copy = new AWSEvent<EC2InstanceStateChangeNotification>()
                                .detail(detail.instanceId(detail.getInstanceId())).source(event.getSource()).resources(resources)
                                .time(event.getTime());
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        Marshaller.marshal(out, copy);
                        return out.toString("UTF-8");
                    }
                }
                """));
        CompiledBinding binding = CompiledBinding.compile(files, 8);
        String event = JsonValues.MAPPER.writeValueAsString(ConstructRoundTripTest.construct("jsonschema-eventbridge")
                .get("valid")
                .get(0));
        String out = (String)
                binding.load("app.Handler").getMethod("handle", String.class).invoke(null, event);
        assertThat(JsonValues.parse(out)).isEqualTo(JsonValues.parse("""
                {"source":"aws.ec2","time":"2015-11-11T21:29:54Z",
                 "resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"],
                 "detail":{"instance-id":"i-abcd1111","state":"running"}}
                """));
    }
}

package dev.bindery.registry.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.AwsCli;
import dev.bindery.registry.support.Clients;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Tag;

/**
 * The rule operations of the events API through the real SDK (EventBridgeClient) and the real CLI: rules are
 * created, replaced, described, listed by prefix and page, enabled, disabled and deleted as on EventBridge, and
 * PutTargets says that Bindery delivers no events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RulesApiContract {

    private static final String PATTERN = "{\"source\":[\"com.acme.orders\"],\"detail-type\":[\"Order Placed\"]}";

    @Inject
    EmbeddedServer server;

    @TempDir
    Path work;

    @Test
    void aRuleIsCreatedDescribedReplacedDisabledAndDeletedThroughTheSdk() {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            String arn = events.putRule(r -> r.name("orders-placed")
                            .eventPattern(PATTERN)
                            .description("placed orders")
                            .tags(Tag.builder().key("team").value("orders").build()))
                    .ruleArn();
            assertThat(arn).isEqualTo("arn:aws:events:us-east-1:123456789012:rule/orders-placed");
            DescribeRuleResponse described = events.describeRule(r -> r.name("orders-placed"));
            assertThat(described.eventPattern()).isEqualTo(PATTERN);
            assertThat(described.state()).isEqualTo(RuleState.ENABLED);
            assertThat(described.description()).isEqualTo("placed orders");
            assertThat(described.eventBusName()).isEqualTo("default");
            assertThat(described.createdBy()).isEqualTo("123456789012");

            String replaced = "{\"source\":[\"com.acme.orders\"]}";
            events.putRule(r -> r.name("orders-placed").eventPattern(replaced).state(RuleState.DISABLED));
            DescribeRuleResponse after = events.describeRule(r -> r.name("orders-placed"));
            assertThat(after.eventPattern()).isEqualTo(replaced);
            assertThat(after.state()).isEqualTo(RuleState.DISABLED);
            assertThat(after.description()).as("PutRule replaces what it omits").isNull();

            events.enableRule(r -> r.name("orders-placed"));
            assertThat(events.describeRule(r -> r.name("orders-placed")).state())
                    .isEqualTo(RuleState.ENABLED);
            events.disableRule(r -> r.name("orders-placed"));
            assertThat(events.describeRule(r -> r.name("orders-placed")).state())
                    .isEqualTo(RuleState.DISABLED);

            events.deleteRule(r -> r.name("orders-placed"));
            assertThatThrownBy(() -> events.describeRule(r -> r.name("orders-placed")))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining("Rule orders-placed does not exist on EventBus default");
            assertThatThrownBy(() -> events.enableRule(r -> r.name("orders-placed")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> events.deleteRule(r -> r.name("orders-placed")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void rulesBelongToTheirBusAndAreListedByPrefixInPages() {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                events.putRule(
                        r -> r.name("billing-" + n).eventBusName("payments").eventPattern(PATTERN));
            }
            events.putRule(r -> r.name("other").eventBusName("payments").eventPattern(PATTERN));
            events.putRule(r -> r.name("billing-0").eventPattern(PATTERN)); // the same name on the default bus
            String onBus = events.describeRule(r -> r.name("billing-3")
                            .eventBusName("arn:aws:events:us-east-1:123456789012:event-bus/payments"))
                    .arn();
            assertThat(onBus).isEqualTo("arn:aws:events:us-east-1:123456789012:rule/payments/billing-3");

            List<String> names = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String next = token;
                ListRulesResponse page = events.listRules(r -> r.eventBusName("payments")
                        .namePrefix("billing-")
                        .limit(2)
                        .nextToken(next));
                page.rules().forEach(rule -> names.add(rule.name()));
                assertThat(page.rules()).allMatch(rule -> rule.eventBusName().equals("payments"));
                token = page.nextToken();
                pages++;
            } while (token != null);
            assertThat(names).containsExactly("billing-0", "billing-1", "billing-2", "billing-3", "billing-4");
            assertThat(pages).isEqualTo(3);
            List<Rule> defaults =
                    events.listRules(r -> r.namePrefix("billing-")).rules();
            assertThat(defaults).extracting(Rule::name).containsExactly("billing-0");
            assertThat(defaults.get(0).eventPattern()).isEqualTo(PATTERN);
        }
    }

    @Test
    void invalidRulesAreRefusedWithEventBridgesErrors() {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            assertThatThrownBy(() -> events.putRule(r -> r.name("bad").eventPattern("{\"source\":\"x\"}")))
                    .isInstanceOf(InvalidEventPatternException.class)
                    .hasMessageContaining("\"source\" must be an object or an array");
            assertThatThrownBy(() -> events.putRule(r -> r.name("nothing")))
                    .isInstanceOf(EventBridgeException.class)
                    .hasMessageContaining("EventPattern or ScheduleExpression must be specified")
                    .extracting(
                            e -> ((EventBridgeException) e).awsErrorDetails().errorCode())
                    .isEqualTo("ValidationException");
            assertThatThrownBy(() -> events.putRule(r -> r.name("has space").eventPattern(PATTERN)))
                    .isInstanceOf(EventBridgeException.class)
                    .hasMessageContaining("'has space'");
            assertThatThrownBy(() -> events.putRule(
                            r -> r.name("state").eventPattern(PATTERN).state("PAUSED")))
                    .isInstanceOf(EventBridgeException.class)
                    .hasMessageContaining("PAUSED");
            assertThatThrownBy(() -> events.listRules(r -> r.nextToken("not-a-token")))
                    .isInstanceOf(EventBridgeException.class)
                    .hasMessageContaining("NextToken");
        }
    }

    @Test
    void theCliManagesRulesAndPutTargetsSaysBinderyDeliversNothing() throws Exception {
        AwsCli cli = new AwsCli(server.getURL(), work);
        ObjectMapper json = new ObjectMapper();
        AwsCli.Result put = cli.run(
                "events",
                "put-rule",
                "--name",
                "cli-rule",
                "--event-pattern",
                PATTERN,
                "--state",
                "DISABLED",
                "--description",
                "from the CLI");
        assertThat(put.ok()).as(put.stderr()).isTrue();
        assertThat(json.readTree(put.stdout()).path("RuleArn").asText()).endsWith(":rule/cli-rule");

        JsonNode described = json.readTree(
                cli.run("events", "describe-rule", "--name", "cli-rule").stdout());
        assertThat(described.path("State").asText()).isEqualTo("DISABLED");
        assertThat(described.path("Description").asText()).isEqualTo("from the CLI");
        assertThat(json.readTree(described.path("EventPattern").asText())).isEqualTo(json.readTree(PATTERN));

        JsonNode listed = json.readTree(
                cli.run("events", "list-rules", "--name-prefix", "cli-").stdout());
        assertThat(listed.path("Rules")).hasSize(1);
        assertThat(listed.path("Rules").get(0).path("Name").asText()).isEqualTo("cli-rule");

        AwsCli.Result targets = cli.run(
                "events",
                "put-targets",
                "--rule",
                "cli-rule",
                "--targets",
                "Id=t1,Arn=arn:aws:sqs:us-east-1:123456789012:orders");
        assertThat(targets.ok()).isFalse();
        assertThat(targets.stderr()).contains("ValidationException", "does not deliver events", "cli-rule");

        assertThat(cli.run("events", "delete-rule", "--name", "cli-rule").ok()).isTrue();
        AwsCli.Result gone = cli.run("events", "describe-rule", "--name", "cli-rule");
        assertThat(gone.stderr()).contains("ResourceNotFoundException", "Rule cli-rule does not exist");
    }
}

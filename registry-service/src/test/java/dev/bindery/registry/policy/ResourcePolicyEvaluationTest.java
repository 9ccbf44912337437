package dev.bindery.registry.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourcePolicyEvaluationTest {

    private static final String ACCOUNT = "111122223333";
    private static final String ALICE = "arn:aws:iam::111122223333:user/alice";
    private static final String BOB = "arn:aws:iam::111122223333:user/bob";
    private static final String MALLORY = "arn:aws:iam::444455556666:user/mallory";
    private static final String ARN = "arn:aws:schemas:us-east-1:111122223333:";
    private static final String ORDER_PLACED = ARN + "schema/orders/OrderPlaced";
    private static final String DESCRIBE = "schemas:DescribeSchema";

    /** A policy of the given statements, written with ' for ". */
    private static String policy(String... statements) {
        return ("{'Version':'2012-10-17','Statement':[" + String.join(",", statements) + "]}").replace('\'', '"');
    }

    private static String allow(String principal, String action, String resource) {
        return statement("Allow", principal, action, resource);
    }

    private static String deny(String principal, String action, String resource) {
        return statement("Deny", principal, action, resource);
    }

    private static String statement(String effect, String principal, String action, String resource) {
        return "{'Effect':'" + effect + "','Principal':" + principal + ",'Action':" + action + ",'Resource':" + resource
                + "}";
    }

    static Stream<Arguments> table() {
        String anyone = "'*'";
        String anyAction = "'schemas:*'";
        String anyResource = "'*'";
        return Stream.of(
                arguments(
                        "Principal * allows everyone",
                        policy(allow(anyone, "'schemas:DescribeSchema'", anyResource)),
                        MALLORY,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "AWS * allows everyone",
                        policy(allow("{'AWS':'*'}", anyAction, anyResource)),
                        MALLORY,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "an account id allows its users",
                        policy(allow("{'AWS':'111122223333'}", anyAction, anyResource)),
                        BOB,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "an account id says nothing of other accounts",
                        policy(allow("{'AWS':'111122223333'}", anyAction, anyResource)),
                        MALLORY,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "a root ARN allows its account's users",
                        policy(allow("{'AWS':'arn:aws:iam::444455556666:root'}", anyAction, anyResource)),
                        MALLORY,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "a root ARN says nothing of other accounts",
                        policy(allow("{'AWS':'arn:aws:iam::444455556666:root'}", anyAction, anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "a user ARN allows that user",
                        policy(allow("{'AWS':'" + ALICE + "'}", anyAction, anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "a user ARN says nothing of other users",
                        policy(allow("{'AWS':'" + ALICE + "'}", anyAction, anyResource)),
                        BOB,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "a user ARN is compared with case",
                        policy(allow("{'AWS':'arn:aws:iam::111122223333:user/Alice'}", anyAction, anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "a Deny overrides an Allow",
                        policy(
                                allow(anyone, anyAction, anyResource),
                                deny("{'AWS':'" + ALICE + "'}", "'" + DESCRIBE + "'", anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.DENY),
                arguments(
                        "a Deny of another user leaves the Allow",
                        policy(
                                allow(anyone, anyAction, anyResource),
                                deny("{'AWS':'" + ALICE + "'}", "'" + DESCRIBE + "'", anyResource)),
                        BOB,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "a Deny of schemas:Delete* denies DeleteSchema",
                        policy(allow(anyone, anyAction, anyResource), deny(anyone, "'schemas:Delete*'", anyResource)),
                        ALICE,
                        "schemas:DeleteSchema",
                        ORDER_PLACED,
                        Decision.DENY),
                arguments(
                        "a Deny of schemas:Delete* leaves DescribeSchema",
                        policy(allow(anyone, anyAction, anyResource), deny(anyone, "'schemas:Delete*'", anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "a Deny of schema/orders/* denies the registry's schemas",
                        policy(
                                allow(anyone, anyAction, anyResource),
                                deny(anyone, anyAction, "'" + ARN + "schema/orders/*'")),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.DENY),
                arguments(
                        "a Deny of schema/orders/* leaves other registries",
                        policy(
                                allow(anyone, anyAction, anyResource),
                                deny(anyone, anyAction, "'" + ARN + "schema/orders/*'")),
                        ALICE,
                        DESCRIBE,
                        ARN + "schema/payments/PaymentMade",
                        Decision.ALLOW),
                arguments(
                        "a Deny of schema/orders/* leaves the registry itself",
                        policy(
                                allow(anyone, anyAction, anyResource),
                                deny(anyone, anyAction, "'" + ARN + "schema/orders/*'")),
                        ALICE,
                        "schemas:DescribeRegistry",
                        ARN + "registry/orders",
                        Decision.ALLOW),
                arguments(
                        "actions match ignoring case",
                        policy(allow(anyone, "'SCHEMAS:describeschema'", anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "action wildcards match ignoring case",
                        policy(allow(anyone, "'schemas:describe*'", anyResource)),
                        ALICE,
                        "schemas:DescribeSchema",
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "resources match with case",
                        policy(allow(anyone, anyAction, "'" + ARN + "schema/Orders/*'")),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "? matches one character",
                        policy(allow(anyone, anyAction, "'" + ARN + "schema/order?/*'")),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "another action is not matched",
                        policy(allow(anyone, "'" + DESCRIBE + "'", anyResource)),
                        ALICE,
                        "schemas:DeleteSchema",
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "another resource is not matched",
                        policy(allow(anyone, anyAction, "'" + ARN + "schema/payments/*'")),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "action * matches every service",
                        policy(allow(anyone, "'*'", anyResource)),
                        ALICE,
                        "events:PutEvents",
                        "arn:aws:events:us-east-1:111122223333:event-bus/default",
                        Decision.ALLOW),
                arguments(
                        "schemas:* does not match events actions",
                        policy(allow(anyone, anyAction, anyResource)),
                        ALICE,
                        "events:PutEvents",
                        "arn:aws:events:us-east-1:111122223333:event-bus/default",
                        Decision.NONE),
                arguments(
                        "any entry of a principal array matches",
                        policy(allow("{'AWS':['" + BOB + "','" + ALICE + "']}", anyAction, anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "any entry of action and resource arrays matches",
                        policy(allow(
                                anyone,
                                "['schemas:DeleteSchema','schemas:DescribeSchema']",
                                "['" + ARN + "registry/orders','" + ARN + "schema/orders/*']")),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "a later statement of an array can match",
                        policy(
                                allow("{'AWS':'" + BOB + "'}", anyAction, anyResource),
                                allow("{'AWS':'" + ALICE + "'}", anyAction, anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW),
                arguments(
                        "a Deny after an Allow still wins",
                        policy(
                                allow(anyone, anyAction, anyResource),
                                allow("{'AWS':'" + ALICE + "'}", anyAction, anyResource),
                                deny("{'AWS':'111122223333'}", "'schemas:Describe*'", "'" + ARN + "schema/*'")),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.DENY),
                arguments(
                        "a Deny alone that does not match says nothing",
                        policy(deny(anyone, "'schemas:Delete*'", anyResource)),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.NONE),
                arguments(
                        "one statement object without an array",
                        ("{'Statement':" + allow(anyone, anyAction, anyResource) + "}").replace('\'', '"'),
                        ALICE,
                        DESCRIBE,
                        ORDER_PLACED,
                        Decision.ALLOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void evaluates(String name, String policy, String principal, String action, String resource, Decision expected) {
        Request request = new Request(principal, ACCOUNT, action, resource);
        assertThat(ResourcePolicy.parse(policy).evaluate(request)).isEqualTo(expected);
    }

    @Test
    void parsingBuildsTheModelInDocumentOrder() {
        ResourcePolicy policy = ResourcePolicy.parse(("{'Version':'2008-10-17','Id':'orders-readers','Statement':{"
                        + "'Sid':'Readers','Effect':'Deny','Principal':{'AWS':['*','111122223333','arn:aws:iam::444455556666:root','"
                        + ALICE + "']},'Action':'schemas:Describe*','Resource':['" + ARN + "registry/orders','*']}}")
                .replace('\'', '"'));

        assertThat(policy)
                .isEqualTo(new ResourcePolicy(
                        "2008-10-17",
                        "orders-readers",
                        List.of(new Statement(
                                "Readers",
                                StatementEffect.DENY,
                                List.of(
                                        new PolicyPrincipal.Anyone(),
                                        new PolicyPrincipal.Account(ACCOUNT),
                                        new PolicyPrincipal.Account("444455556666"),
                                        new PolicyPrincipal.User(ALICE)),
                                List.of("schemas:Describe*"),
                                List.of(ARN + "registry/orders", "*")))));
    }

    @Test
    void requestsNameAnIamCallerAndAResourceOfTheRegistrysAccount() {
        assertThatThrownBy(() -> new Request("alice", ACCOUNT, DESCRIBE, ORDER_PLACED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("principalArn");
        assertThatThrownBy(() -> new Request(ALICE, "1234", DESCRIBE, ORDER_PLACED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId");
        assertThatThrownBy(() ->
                        new Request(ALICE, ACCOUNT, DESCRIBE, "arn:aws:schemas:us-east-1:444455556666:registry/orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a resource of account " + ACCOUNT);
        assertThat(new Request(MALLORY, ACCOUNT, DESCRIBE, ORDER_PLACED).callerAccount())
                .isEqualTo("444455556666");
    }
}

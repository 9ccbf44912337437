package dev.bindery.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.policy.Decision;
import dev.bindery.registry.store.PolicyRow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RegistryPoliciesTest {

    private static final String ACCOUNT = "111122223333";
    private static final String ALICE = "arn:aws:iam::111122223333:user/alice";
    private static final String BOB = "arn:aws:iam::111122223333:user/bob";
    private static final String DESCRIBE = "schemas:DescribeSchema";
    private static final String SCHEMA = "arn:aws:schemas:us-east-1:111122223333:schema/orders/OrderPlaced";
    private static final String ALLOW_ALICE = """
            {"Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},
             "Action":"schemas:Describe*","Resource":"*"}}""";
    private static final String DENY_ALL = """
            {"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}}""";

    private final Map<String, String> stored = new HashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();

    private RegistryPolicies policies(Duration ttl) {
        return new RegistryPolicies(
                name -> {
                    loads.incrementAndGet();
                    return Optional.ofNullable(stored.get(name))
                            .map(policy -> new PolicyRow(1, policy, "rev-" + policy.hashCode(), Instant.EPOCH));
                },
                ACCOUNT,
                ttl,
                now::get);
    }

    @Test
    void aRegistryWithoutAPolicyLeavesTheDecisionToTheRole() {
        assertThat(policies(Duration.ofSeconds(5)).decide("orders", ALICE, DESCRIBE, SCHEMA))
                .isEqualTo(Decision.NONE);
    }

    @Test
    void theStoredPolicyDecidesAndIsReadOncePerTtl() {
        stored.put("orders", ALLOW_ALICE);
        RegistryPolicies policies = policies(Duration.ofSeconds(5));

        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.ALLOW);
        assertThat(policies.decide("orders", BOB, DESCRIBE, SCHEMA)).isEqualTo(Decision.NONE);
        assertThat(loads).hasValue(1);

        stored.put("orders", DENY_ALL); // written through another instance: seen after the TTL
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.ALLOW);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.DENY);
        assertThat(loads).hasValue(2);
    }

    @Test
    void fromTheCacheAloneADecisionIsGivenOnlyWhileTheEntryIsFreshAndNeverLoads() {
        stored.put("orders", ALLOW_ALICE);
        RegistryPolicies policies = policies(Duration.ofSeconds(5));

        assertThat(policies.decideFromCache("orders", ALICE, DESCRIBE, SCHEMA)).isEmpty();
        assertThat(loads).hasValue(0);
        policies.decide("orders", ALICE, DESCRIBE, SCHEMA);
        assertThat(policies.decideFromCache("orders", ALICE, DESCRIBE, SCHEMA)).contains(Decision.ALLOW);
        assertThat(policies.decideFromCache("orders", BOB, DESCRIBE, SCHEMA)).contains(Decision.NONE);

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(policies.decideFromCache("orders", ALICE, DESCRIBE, SCHEMA)).isEmpty();
        policies.onPolicyChanged(new PolicyChanged("orders"));
        assertThat(policies.decideFromCache("orders", ALICE, DESCRIBE, SCHEMA)).isEmpty();
        assertThat(loads).hasValue(1);
    }

    @Test
    void thisProcesssPutsDeletesAndRegistryDeletionsApplyAtOnce() {
        stored.put("orders", ALLOW_ALICE);
        RegistryPolicies policies = policies(Duration.ofHours(1));
        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.ALLOW);

        stored.put("orders", DENY_ALL);
        policies.onPolicyChanged(new PolicyChanged("payments"));
        policies.onSchemaChanged(new SchemaChanged("orders", "OrderPlaced"));
        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA))
                .as("other changes keep the entry")
                .isEqualTo(Decision.ALLOW);
        policies.onPolicyChanged(new PolicyChanged("orders"));
        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.DENY);

        stored.remove("orders");
        policies.onSchemaChanged(new SchemaChanged("orders", null));
        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.NONE);
    }

    @Test
    void aLoadThatOverlapsAChangeIsNotKept() {
        stored.put("orders", ALLOW_ALICE);
        RegistryPolicies[] holder = new RegistryPolicies[1];
        holder[0] = new RegistryPolicies(
                name -> {
                    Optional<PolicyRow> row = Optional.of(new PolicyRow(1, stored.get(name), "rev", Instant.EPOCH));
                    if (loads.incrementAndGet() == 1) {
                        stored.put("orders", DENY_ALL); // a writer commits while this load runs
                        holder[0].onPolicyChanged(new PolicyChanged("orders"));
                    }
                    return row;
                },
                ACCOUNT,
                Duration.ofHours(1),
                now::get);

        assertThat(holder[0].decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.ALLOW);
        assertThat(holder[0].decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.DENY);
    }

    @Test
    void aStoredPolicyOutsideTheSubsetDeniesEveryone() {
        stored.put("orders", """
                {"Statement":{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*",
                 "Condition":{"Bool":{"aws:SecureTransport":"true"}}}}""");
        RegistryPolicies policies = policies(Duration.ZERO);

        assertThat(policies.decide("orders", ALICE, DESCRIBE, SCHEMA)).isEqualTo(Decision.DENY);
        assertThat(policies.decide("orders", BOB, "schemas:ListSchemas", SCHEMA))
                .isEqualTo(Decision.DENY);
        assertThat(policies.decide("payments", BOB, DESCRIBE, SCHEMA)).isEqualTo(Decision.NONE);
        assertThat(loads).as("a zero TTL reads on every request").hasValue(3);
    }

    @Test
    void aRequestForAnotherAccountsResourceIsRefused() {
        assertThatThrownBy(() -> policies(Duration.ZERO)
                        .decide(
                                "orders",
                                ALICE,
                                DESCRIBE,
                                "arn:aws:schemas:us-east-1:444455556666:schema/orders/OrderPlaced"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policies(Duration.ofSeconds(-1))).hasMessageContaining("bindery.policy-cache-ttl");
    }
}

package dev.bindery.registry.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.security.Role;
import dev.bindery.registry.security.oidc.RoleMap.Entry;
import dev.bindery.registry.security.oidc.RoleMap.Grant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMapTest {

    private static final RoleMap MAP =
            RoleMap.parse("bindery-admins=admin;team-orders=writer:orders,orders-*;team-billing=writer:billing;"
                    + "platform=writer;ci=reader;audit=reader:orders;ingest=producer:events-*;ingest-all=producer");

    @Test
    void parsesEntriesInOrderWithAndWithoutPatterns() {
        RoleMap map = RoleMap.parse(" bindery-admins = Admin ; team-orders=writer: orders , orders-* ;ci=READER");

        assertThat(map.entries())
                .containsExactly(
                        new Entry("bindery-admins", Role.ADMIN, List.of()),
                        new Entry("team-orders", Role.WRITER, List.of("orders", "orders-*")),
                        new Entry("ci", Role.READER, List.of()));
    }

    @Test
    void aValueMayContainEqualsSignsBecauseTheRoleFollowsTheLastOne() {
        RoleMap map = RoleMap.parse("cn=bindery-admins,ou=groups,dc=example,dc=com=admin;/team/orders=writer:orders");

        assertThat(map.entries())
                .containsExactly(
                        new Entry("cn=bindery-admins,ou=groups,dc=example,dc=com", Role.ADMIN, List.of()),
                        new Entry("/team/orders", Role.WRITER, List.of("orders")));
    }

    @Test
    void theStrongestRoleWins() {
        assertThat(MAP.resolve(List.of("ci", "team-orders", "bindery-admins")))
                .contains(new Grant(Role.ADMIN, List.of()));
        assertThat(MAP.resolve(List.of("ci", "team-orders")))
                .contains(new Grant(Role.WRITER, List.of("orders", "orders-*")));
    }

    @Test
    void thePatternsOfTheWinningRolesEntriesAreUnitedInMapOrder() {
        assertThat(MAP.resolve(List.of("team-billing", "team-orders", "ci")))
                .contains(new Grant(Role.WRITER, List.of("orders", "orders-*", "billing")));
    }

    @Test
    void anEntryWithoutPatternsGrantsEveryRegistryOverOthersOfItsRole() {
        assertThat(MAP.resolve(List.of("team-orders", "platform", "team-billing")))
                .contains(new Grant(Role.WRITER, List.of()));
        assertThat(MAP.resolve(List.of("audit", "ci"))).contains(new Grant(Role.READER, List.of()));
    }

    @Test
    void producerCountsLowestButAloneGrantsProducer() {
        assertThat(MAP.resolve(List.of("ingest", "audit"))).contains(new Grant(Role.READER, List.of("orders")));
        assertThat(MAP.resolve(List.of("ingest"))).contains(new Grant(Role.PRODUCER, List.of("events-*")));
        assertThat(MAP.resolve(List.of("ingest", "ingest-all"))).contains(new Grant(Role.PRODUCER, List.of()));
    }

    @Test
    void valuesMatchExactlyAndNoMatchGrantsNothing() {
        assertThat(MAP.resolve(List.of("Bindery-Admins", "bindery-admins-old", "ci ")))
                .isEmpty();
        assertThat(MAP.resolve(List.of())).isEmpty();
    }

    @Test
    void anEmptyMapIsRefused() {
        assertThatThrownBy(() -> RoleMap.parse(" "))
                .hasMessage("The role map is empty: no token could be granted a role.");
        assertThatThrownBy(() -> RoleMap.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyEntryIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> RoleMap.parse("a=admin;;b=reader"))
                .hasMessage("Role map entry 2 is empty (two ';' in a row, or one at an end).");
        assertThatThrownBy(() -> RoleMap.parse("a=admin;")).hasMessageStartingWith("Role map entry 2 is empty");
    }

    @Test
    void anEntryWithoutEqualsSignIsRefused() {
        assertThatThrownBy(() -> RoleMap.parse("a=admin;team-orders writer"))
                .hasMessage(
                        "Role map entry 2 'team-orders writer' has no '=': expected value=role[:pattern,pattern…].");
    }

    @Test
    void anEntryWithoutValueIsRefused() {
        assertThatThrownBy(() -> RoleMap.parse("=admin"))
                .hasMessage("Role map entry 1 '=admin' has no value before '='.");
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> RoleMap.parse("a=admin;b=owner:orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Role map entry 2 'b=owner:orders': Role 'owner' is not one of reader, producer, writer, admin.");
        assertThatThrownBy(() -> RoleMap.parse("a="))
                .hasMessageStartingWith("Role map entry 1 'a=': Role '' is not one of");
    }

    @Test
    void aBadPatternIsRefusedNamingIt() {
        assertThatThrownBy(() -> RoleMap.parse("a=writer:"))
                .hasMessage(
                        "Role map entry 1 'a=writer:' has a bad registry pattern '': expected letters, digits, '.', '-', '_', '*' or '?'.");
        assertThatThrownBy(() -> RoleMap.parse("a=writer:orders,,billing"))
                .hasMessageStartingWith("Role map entry 1 'a=writer:orders,,billing' has a bad registry pattern ''");
        assertThatThrownBy(() -> RoleMap.parse("a=writer:orders/eu"))
                .hasMessageStartingWith("Role map entry 1 'a=writer:orders/eu' has a bad registry pattern 'orders/eu'");
        assertThatThrownBy(() -> RoleMap.parse("a=writer:orders:eu"))
                .hasMessageStartingWith("Role map entry 1 'a=writer:orders:eu' has a bad registry pattern 'orders:eu'");
    }

    @Test
    void aValueMappedTwiceIsRefused() {
        assertThatThrownBy(() -> RoleMap.parse("ci=reader;ops=admin;ci=writer"))
                .hasMessage("Role map entry 3 'ci=writer' maps 'ci', which an earlier entry already maps.");
    }
}

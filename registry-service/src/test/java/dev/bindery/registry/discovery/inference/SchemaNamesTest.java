package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mystore|Review Created|mystore@ReviewCreated",
                "aws.acm|ACM Certificate Revoked by Certificate Authority (CA)|aws.acm@ACMCertificateRevokedbyCertificateAuthorityCA",
                "aws.account|Region Opt-In Status Change|aws.account@RegionOpt-InStatusChange",
                "aws.agreement-marketplace|License Deprovisioned - Manufacturer|aws.agreement-marketplace@LicenseDeprovisioned-Manufacturer",
                "myapp.test.com|OrderCreated|myapp.test.com@OrderCreated",
                "shop|Order/Paid|shop@Order-Paid",
                "shop|Größe ändern_v2.1|shop@Grendern_v2.1",
            })
    void schemaNameFollowsDiscoveryNaming(String source, String detailType, String expected) {
        assertThat(SchemaNames.schemaName(source, detailType)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Step Functions Execution Status Change|StepFunctionsExecutionStatusChange",
                "EC2 Instance State-change Notification|EC2InstanceStateChangeNotification",
                "order placed|OrderPlaced",
                "(?)|Event",
            })
    void detailComponentNameIsPascalCaseWithoutPunctuation(String detailType, String expected) {
        assertThat(SchemaNames.detailComponentName(detailType)).isEqualTo(expected);
    }

    @Test
    void rejectsNamesWithNothingLeft() {
        assertThatThrownBy(() -> SchemaNames.schemaName("shop", "!!!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail-type")
                .hasMessageContaining("!!!");
        assertThatThrownBy(() -> SchemaNames.schemaName("  ", "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }

    @Test
    void rejectsNamesLongerThanTheApiAllows() {
        assertThatThrownBy(() -> SchemaNames.schemaName("s", "x".repeat(400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("385");
    }

    @Test
    void suffixedNamesStayWithinTheApiLimit() {
        assertThat(SchemaNames.suffixed("s@OrderPlaced", 1)).isEqualTo("s@OrderPlaced");
        assertThat(SchemaNames.suffixed("s@OrderPlaced", 2)).isEqualTo("s@OrderPlaced-2");
        String longest = "s@" + "x".repeat(383);
        assertThat(SchemaNames.suffixed(longest, 12)).hasSize(385).endsWith("x-12");
    }
}

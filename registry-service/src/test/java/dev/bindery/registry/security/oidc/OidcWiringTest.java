package dev.bindery.registry.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bean wiring: environment variables bind the configuration, and the verifier exists only with an issuer. */
class OidcWiringTest {

    @TempDir
    Path data;

    private ApplicationContext start(Map<String, Object> environmentVariables) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "bindery.data-dir", data.toString(),
                "bindery.discovery.flush-interval", "1h",
                "bindery.discovery.adopt-check-interval", "1h"));
        return ApplicationContext.builder()
                .properties(properties)
                .propertySources(PropertySource.of(
                        "env", environmentVariables, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .environments("test")
                .start();
    }

    @Test
    void environmentVariablesConfigureTheVerifierAtStartUp() {
        try (ApplicationContext context = start(Map.of(
                "BINDERY_AUTH_OIDC_ISSUER", "https://idp.example.test/realms/bindery",
                "BINDERY_AUTH_OIDC_JWKS_URL", "https://idp.example.test/realms/bindery/protocol/openid-connect/certs",
                "BINDERY_AUTH_OIDC_AUDIENCE", "bindery",
                "BINDERY_AUTH_OIDC_ROLES_CLAIM", "realm_access.roles",
                "BINDERY_AUTH_OIDC_NAME_CLAIM", "preferred_username",
                "BINDERY_AUTH_OIDC_ROLE_MAP", "bindery-admins=admin;team-orders=writer:orders,orders-*",
                "BINDERY_AUTH_OIDC_CLOCK_SKEW", "90s"))) {

            assertThat(context.getBean(OidcConfiguration.class))
                    .isEqualTo(new OidcConfiguration(
                            "https://idp.example.test/realms/bindery",
                            "https://idp.example.test/realms/bindery/protocol/openid-connect/certs",
                            "bindery",
                            "realm_access.roles",
                            "preferred_username",
                            "bindery-admins=admin;team-orders=writer:orders,orders-*",
                            Duration.ofSeconds(90)));
            assertThat(context.findBean(OidcVerifier.class)).isPresent();
        }
    }

    @Test
    void withoutAnIssuerThereIsNoVerifierAndTheDefaultsHold() {
        try (ApplicationContext context = start(Map.of("BINDERY_AUTH_OIDC_ISSUER", ""))) {

            OidcConfiguration config = context.getBean(OidcConfiguration.class);
            assertThat(config.enabled()).isFalse();
            assertThat(config.rolesClaim()).isEqualTo("groups");
            assertThat(config.nameClaim()).isEqualTo("sub");
            assertThat(config.clockSkew()).isEqualTo(Duration.ofSeconds(60));
            assertThat(context.findBean(OidcVerifier.class)).isEmpty();
        }
    }

    @Test
    void aBadRoleMapStopsStartUp() {
        assertThatThrownBy(() -> start(Map.of(
                                "BINDERY_AUTH_OIDC_ISSUER", "https://idp.example.test/realms/bindery",
                                "BINDERY_AUTH_OIDC_JWKS_URL", "https://idp.example.test/certs",
                                "BINDERY_AUTH_OIDC_AUDIENCE", "bindery",
                                "BINDERY_AUTH_OIDC_ROLE_MAP", "bindery-admins=root"))
                        .close())
                .hasStackTraceContaining(
                        "bindery.auth.oidc.role-map: Role map entry 1 'bindery-admins=root': Role 'root' is not one of");
    }
}

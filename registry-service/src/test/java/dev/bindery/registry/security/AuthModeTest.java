package dev.bindery.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.LogCapture;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BINDERY_AUTH: auto is on exactly when the server listens beyond loopback; off elsewhere warns. */
class AuthModeTest {

    @Test
    void autoIsOffOnLoopbackOnlyAndOnElsewhere() {
        assertThat(AuthMode.resolve("auto", "127.0.0.1")).isFalse();
        assertThat(AuthMode.resolve("auto", "localhost")).isFalse();
        assertThat(AuthMode.resolve("auto", "::1")).isFalse();
        assertThat(AuthMode.resolve("auto", AuthMode.listenAddress(null))).isTrue();
        assertThat(AuthMode.resolve("auto", "0.0.0.0")).isTrue();
        assertThat(AuthMode.resolve("on", "127.0.0.1")).isTrue();
        assertThat(AuthMode.resolve("OFF", "0.0.0.0")).isFalse();
        assertThatThrownBy(() -> AuthMode.resolve("maybe", "127.0.0.1"))
                .hasMessageContaining("BINDERY_AUTH")
                .hasMessageContaining("maybe");
    }

    @Test
    void listeningOnEveryAddressWithAuthenticationOffWarnsNamingTheRisk() {
        try (LogCapture logs = LogCapture.everything()) {
            try (ApplicationContext context = start("0.0.0.0", "off")) {
                assertThat(context.getBean(AuthMode.class).enabled()).isFalse();
            }
            assertThat(logs.lines())
                    .anyMatch(line -> line.startsWith("WARN")
                            && line.contains("Authentication is OFF while the server listens on 0.0.0.0"));
        }
    }

    @Test
    void listeningOnEveryAddressTurnsAuthenticationOnByDefault() {
        try (ApplicationContext context = start("0.0.0.0", "auto")) {
            assertThat(context.getBean(AuthMode.class).enabled()).isTrue();
        }
    }

    /** A context (no HTTP server) configured as a server on {@code host} would be. */
    private static ApplicationContext start(String host, String mode) {
        Map<String, Object> properties = new HashMap<>(Databases.h2());
        properties.put("micronaut.server.host", host);
        properties.put("bindery.auth.mode", mode);
        return ApplicationContext.run(properties);
    }
}

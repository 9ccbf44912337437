package dev.bindery.maven.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which credentials the plugin uses, and that no secret leaks into what it prints. */
class RegistryAccessTest {
    private static final String URL = "http://localhost:8080";
    private static final String KEY_ID = "BKIAITTESTADMIN00001";
    private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3";

    @Test
    void aServerWithUsernameAndPasswordSignsWithTheAccessKey() {
        RegistryAccess access = RegistryAccess.of(URL, "bindery", "us-east-1", KEY_ID, SECRET, "env-token");
        assertThat(access.authScheme()).isEqualTo("AWS4-HMAC-SHA256");
        assertThat(access.toString()).contains(KEY_ID).doesNotContain(SECRET, "env-token");
    }

    @Test
    void aServerWithAPasswordAloneSendsItAsBearerTokenBeforeTheEnvironment() {
        RegistryAccess access = RegistryAccess.of(URL, "bindery", "us-east-1", null, "server-token", "env-token");
        assertThat(access.authenticate("GET", URI.create(URL + "/v1/registries"), Map.of(), null))
                .isEqualTo(Map.of("Authorization", "Bearer server-token"));
        assertThat(access.toString()).doesNotContain("server-token");
    }

    @Test
    void withoutServerCredentialsTheEnvironmentTokenIsSent() {
        RegistryAccess access = RegistryAccess.of(URL, "bindery", "us-east-1", null, null, " env-token\n");
        assertThat(access.authenticate("GET", URI.create(URL + "/v1/registries"), Map.of(), null))
                .isEqualTo(Map.of("Authorization", "Bearer env-token"));
        assertThat(access.refusal(401, "UnauthorizedException", null))
                .isEqualTo("the registry refused the token in BINDERY_TOKEN (401 UnauthorizedException); check "
                        + "BINDERY_TOKEN, or configure a <server> with id 'bindery' in settings.xml");
    }

    @Test
    void withoutAnyCredentialsNothingIsSent() {
        RegistryAccess access = RegistryAccess.of(URL, "bindery", "us-east-1", null, "", null);
        assertThat(access.authScheme()).isEqualTo("none");
        assertThat(access.authenticate("GET", URI.create(URL + "/v1/registries"), Map.of(), null))
                .isEmpty();
    }

    @Test
    void aUsernameWithoutPasswordFailsNamingTheServer() {
        assertThatThrownBy(() -> RegistryAccess.of(URL, "corp", "us-east-1", KEY_ID, null, "env-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Server 'corp' in settings.xml has a username but no password");
    }

    @Test
    void aRegionThatCannotBeInACredentialScopeIsRefused() {
        assertThatThrownBy(() -> RegistryAccess.of(URL, "bindery", "EU West/1", KEY_ID, SECRET, null))
                .hasMessage("not a valid region (bindery.region): EU West/1");
    }

    @Test
    void aRefusedSignatureNamesTheKeyAndWhatToCheckButNotTheSecret() {
        RegistryAccess access = RegistryAccess.of(URL, "bindery", "eu-west-1", KEY_ID, SECRET, null);
        assertThat(access.refusal(
                        403, "UnrecognizedClientException", "The security token included in the request is invalid."))
                .isEqualTo("the registry refused the access key " + KEY_ID + " of server 'bindery' (403 "
                        + "UnrecognizedClientException: The security token included in the request is invalid.); check the "
                        + "access key id (username) and secret (password) of server 'bindery' in settings.xml and "
                        + "bindery.region (eu-west-1)")
                .doesNotContain(SECRET);
    }
}

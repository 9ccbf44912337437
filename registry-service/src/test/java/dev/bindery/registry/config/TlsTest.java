package dev.bindery.registry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.RegistryProcess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS on the registry's own port from a self-signed certificate made by the JDK's keytool, once
 * as a PKCS#12 key store and once as PEM files; a client trusting that certificate gets answers (and
 * the console a {@code Secure} session cookie), and plain HTTP on the port gets none.
 */
class TlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    static Path keyStore;

    @BeforeAll
    static void selfSignedCertificate() throws Exception {
        keyStore = dir.resolve("bindery.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "bindery",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "san=ip:127.0.0.1,dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keyStore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        KeyStore store = load();
        Files.writeString(
                dir.resolve("cert.pem"),
                pem("CERTIFICATE", store.getCertificate("bindery").getEncoded()));
        Files.writeString(
                dir.resolve("key.pem"),
                pem(
                        "PRIVATE KEY",
                        store.getKey("bindery", PASSWORD.toCharArray()).getEncoded()));
    }

    @Test
    void servesHttpsFromAPkcs12KeyStore() throws Exception {
        assertServesHttpsOnly(
                Map.of("BINDERY_TLS_KEYSTORE", keyStore.toString(), "BINDERY_TLS_KEYSTORE_PASSWORD", PASSWORD));
    }

    @Test
    void servesHttpsFromPemFiles() throws Exception {
        assertServesHttpsOnly(Map.of(
                "BINDERY_TLS_CERTIFICATE",
                dir.resolve("cert.pem").toString(),
                "BINDERY_TLS_KEY",
                dir.resolve("key.pem").toString()));
    }

    @Test
    void aHalfConfiguredTlsIsRefusedByName() {
        assertThatThrownBy(() -> TlsProperties.from(Map.of("BINDERY_TLS_CERTIFICATE", "/c.pem")))
                .hasMessageContaining("BINDERY_TLS_KEY");
        assertThatThrownBy(
                        () -> TlsProperties.from(Map.of("BINDERY_TLS_KEYSTORE", "/k.p12", "BINDERY_TLS_KEY", "/k.pem")))
                .hasMessageContaining("not both");
        assertThat(TlsProperties.from(Map.of())).isEmpty();
    }

    private static void assertServesHttpsOnly(Map<String, String> tls) throws Exception {
        int port = RegistryProcess.freePort();
        Map<String, String> env = new HashMap<>(tls);
        env.put("BINDERY_PORT", String.valueOf(port));
        Map<String, Object> properties = new HashMap<>(TlsProperties.from(env));
        properties.putAll(Databases.h2());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            assertThat(server.getPort()).isEqualTo(port);
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting()).build();
            HttpResponse<String> ping = trusting.send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/ping"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            HttpResponse<String> registries = trusting.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/v1/registries"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(registries.body()).contains("discovered-schemas");
            HttpResponse<String> console = trusting.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/console"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(console.headers().firstValue("set-cookie").orElse("")) // the console's session cookie under TLS
                    .startsWith("bindery_console=")
                    .contains("; Secure", "HTTPOnly", "SameSite=Strict");
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping"))
                                            .timeout(java.time.Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
            server.stop();
        }
    }

    private static SSLContext trusting() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        Certificate certificate = load().getCertificate("bindery");
        trust.setCertificateEntry("bindery", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}

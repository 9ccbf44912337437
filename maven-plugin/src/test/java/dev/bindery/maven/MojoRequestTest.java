package dev.bindery.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.RefMapping;
import dev.bindery.maven.generate.GenerateRequest;
import dev.bindery.maven.publish.CompatibilityRequest;
import dev.bindery.maven.publish.DownloadRequest;
import dev.bindery.maven.publish.RegisterRequest;
import dev.bindery.maven.schema.SchemaRef;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/** Each goal copies its parameters into its request as documented. */
class MojoRequestTest {
    static final Path BASE = Path.of("/work/p");

    static GenerateMojo generate() {
        GenerateMojo mojo = new GenerateMojo(null);
        mojo.schemaDirectory = BASE.resolve("src/main/schemas").toFile();
        mojo.includes = List.of("**/*.json", "**/*.yaml", "**/*.yml");
        mojo.outputDirectory = BASE.resolve("target/generated-sources/bindery").toFile();
        mojo.subPackages = true;
        mojo.style = "records";
        mojo.layout = "bindery";
        mojo.numbers = "bigdecimal";
        mojo.lockFile = BASE.resolve("bindery.lock").toFile();
        mojo.cacheDirectory = new File("/m2/.cache/bindery");
        mojo.registryUrl = "http://localhost:8080";
        mojo.serverId = "bindery";
        mojo.project = new MavenProject();
        Build build = new Build();
        build.setDirectory(BASE.resolve("target").toString());
        mojo.project.setBuild(build);
        return mojo;
    }

    @Test
    void refMapsResolveAgainstTheProjectDirectory() {
        GenerateMojo mojo = generate();
        mojo.project.setFile(BASE.resolve("pom.xml").toFile());
        mojo.refMaps = List.of(
                "https://example.com/schemas/=src/main/shared/", " ", "https://example.com/schemas/v2/=/opt/v2.json");
        assertThat(mojo.request().options().refMappings())
                .containsExactly(
                        new RefMapping("https://example.com/schemas/v2/", Path.of("/opt/v2.json")),
                        new RefMapping("https://example.com/schemas/", BASE.resolve("src/main/shared")));
    }

    @Test
    void generateDefaultsMapToCodegensDefaults() {
        GenerateRequest request = generate().request();
        assertThat(request.options()).isEqualTo(GeneratorOptions.defaults());
        assertThat(request.schemaDirectory()).isEqualTo(BASE.resolve("src/main/schemas"));
        assertThat(request.includes()).containsExactly("**/*.json", "**/*.yaml", "**/*.yml");
        assertThat(request.excludes()).isEmpty();
        assertThat(request.schemas()).isEmpty();
        assertThat(request.stateFile()).isEqualTo(BASE.resolve("target/bindery/default.state"));
        assertThat(request.cacheDirectory()).isEqualTo(Path.of("/m2/.cache/bindery"));
        assertThat(request.updateLock()).isFalse();
        assertThat(request.subPackages()).isTrue();
    }

    @Test
    void generateMapsOptionsCaseInsensitivelyAndSchemas() {
        GenerateMojo mojo = generate();
        mojo.packageName = "com.acme.events";
        mojo.style = "Classes";
        mojo.layout = "EVENTBRIDGE";
        mojo.numbers = "double";
        mojo.updateLock = true;
        mojo.includes = List.of(" ");
        mojo.schemas = List.of(new Schema("orders", "com.acme@OrderPlaced", null), new Schema("orders", "x", "3"));

        GenerateRequest request = mojo.request();

        assertThat(request.options())
                .isEqualTo(GeneratorOptions.defaults()
                        .withPackageName("com.acme.events")
                        .withStyle(GeneratorOptions.Style.CLASSES)
                        .withLayout(GeneratorOptions.Layout.EVENTBRIDGE)
                        .withNumbers(GeneratorOptions.Numbers.DOUBLE));
        assertThat(request.includes()).containsExactly("**/*.json", "**/*.yaml", "**/*.yml");
        assertThat(request.schemas())
                .containsExactly(
                        new SchemaRef("orders", "com.acme@OrderPlaced", "latest"), new SchemaRef("orders", "x", "3"));
        assertThat(request.updateLock()).isTrue();
    }

    @Test
    void badParametersAreRefusedNamingTheProperty() {
        GenerateMojo mojo = generate();
        mojo.style = "beans";
        assertThatThrownBy(mojo::request).hasMessage("bindery.style must be one of [records, classes], not beans");
        GenerateMojo noName = generate();
        noName.schemas = List.of(new Schema("orders", null, null));
        assertThatThrownBy(noName::request).hasMessage("a <schema> of registry orders needs a <name>");
        GenerateMojo badVersion = generate();
        badVersion.schemas = List.of(new Schema("orders", "x", "v2"));
        assertThatThrownBy(badVersion::request).hasMessage("schema x: version must be 'latest' or a number, not v2");
    }

    @Test
    void credentialsComeFromTheServerEntryThenTheEnvironment() {
        GenerateMojo mojo = generate();
        mojo.region = "us-east-1";
        mojo.environment = Map.of("BINDERY_TOKEN", "env-token")::get;
        assertThat(mojo.registryAccess().authScheme()).isEqualTo("Bearer");
        assertThat(mojo.registryAccess().toString())
                .contains("source=in BINDERY_TOKEN")
                .doesNotContain("env-token");

        Settings settings = new Settings();
        Server server = new Server();
        server.setId("bindery");
        server.setPassword("server-token");
        settings.addServer(server);
        mojo.settings = settings;
        assertThat(mojo.registryAccess().authScheme()).isEqualTo("Bearer");
        assertThat(mojo.registryAccess().toString())
                .contains("source=of server 'bindery'")
                .doesNotContain("server-token");

        server.setUsername("BKIAITTESTADMIN00001");
        server.setPassword("secret-secret-secret");
        mojo.region = "eu-west-1";
        assertThat(mojo.registryAccess().authScheme()).isEqualTo("AWS4-HMAC-SHA256");
        assertThat(mojo.registryAccess().toString())
                .isEqualTo("RegistryAccess[url=http://localhost:8080, auth=AWS4-HMAC-SHA256, credentials=AccessKey["
                        + "accessKeyId=BKIAITTESTADMIN00001, region=eu-west-1, source=of server 'bindery']]");

        mojo.serverId = "other";
        mojo.environment = name -> null;
        assertThat(mojo.registryAccess().authScheme()).isEqualTo("none");
    }

    @Test
    void downloadSplitsWholeRegistriesFromSchemas() {
        DownloadMojo mojo = new DownloadMojo(null);
        mojo.outputDirectory = BASE.resolve("src/main/schemas").toFile();
        mojo.schemas = List.of(new Schema("orders", "a", "2"), new Schema("payments", null, null));
        mojo.registry = "refunds";
        assertThat(mojo.request())
                .isEqualTo(new DownloadRequest(
                        List.of(new SchemaRef("orders", "a", "2")),
                        List.of("payments", "refunds"),
                        BASE.resolve("src/main/schemas")));
    }

    @Test
    void registerAndCheckCompatibilityMapTheirParameters() {
        RegisterMojo register = new RegisterMojo(null);
        register.schemaDirectory = BASE.resolve("schemas").toFile();
        register.registry = " orders ";
        register.createRegistry = true;
        assertThat(register.request())
                .isEqualTo(new RegisterRequest(
                        BASE.resolve("schemas"),
                        List.of("**/*.json", "**/*.yaml", "**/*.yml"),
                        List.of(),
                        "orders",
                        true));

        CheckCompatibilityMojo check = new CheckCompatibilityMojo(null);
        check.schemaDirectory = BASE.resolve("schemas").toFile();
        check.includes = List.of("*.json");
        check.registry = "orders";
        check.compatibilityMode = "full_transitive";
        check.failOnIncompatible = true;
        assertThat(check.request())
                .isEqualTo(new CompatibilityRequest(
                        BASE.resolve("schemas"),
                        List.of("*.json"),
                        List.of(),
                        "orders",
                        "FULL_TRANSITIVE",
                        null,
                        true));
    }
}

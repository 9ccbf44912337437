package dev.bindery.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.codegen.GeneratedFile;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import dev.bindery.codegen.JsonValues;
import dev.bindery.codegen.plan.Plan;
import dev.bindery.codegen.plan.Planner;
import dev.bindery.codegen.read.SchemaReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The envelope and Marshaller re-packaged from a template are the text a fresh JavaPoet render gives, byte for byte. */
class SupportFilesTest {
    static final List<String> PACKAGES = List.of(
            "p",
            "com.acme.orders",
            "dev.bindery.events.x",
            "bindery.codegen",
            "java.time",
            "java.util",
            "java.lang",
            "com.fasterxml.jackson.databind",
            "javax.annotation.processing",
            "a.marshaller");
    static final List<String> SCHEMA_NAMES = List.of(
            "acme.orders@OrderPlaced",
            "aws.ec2@EC2InstanceStateChangeNotification",
            "a \"quoted\" name",
            "back\\slash",
            "<b>&amp; @at",
            "line\nbreak",
            "caf\u00e9",
            "d$llar",
            "*/ closes",
            "");

    @Test
    void templatedFilesEqualAFreshRenderForEveryConstructStyleLayoutPackageAndMarker() throws Exception {
        for (String schema : constructs()) {
            for (Style style : Style.values()) {
                for (Layout layout : Layout.values()) {
                    for (int i = 0; i < PACKAGES.size(); i++) {
                        String name = SCHEMA_NAMES.get(i % SCHEMA_NAMES.size());
                        String version = i % 3 == 0 ? null : "v" + i;
                        assertSame(
                                schema,
                                GeneratorOptions.defaults()
                                        .withStyle(style)
                                        .withLayout(layout)
                                        .withSchemaVersion(version),
                                PACKAGES.get(i),
                                name);
                    }
                }
            }
        }
    }

    @Test
    void templatedFilesEqualAFreshRenderForEveryMarker() throws Exception {
        String schema =
                "{\"title\":\"Ping\",\"type\":\"object\",\"properties\":{\"at\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"}}}";
        for (Style style : Style.values()) {
            for (Layout layout : Layout.values()) {
                for (String name : SCHEMA_NAMES) {
                    assertSame(
                            schema, GeneratorOptions.defaults().withStyle(style).withLayout(layout), "p", name);
                    assertSame(
                            schema,
                            GeneratorOptions.defaults()
                                    .withStyle(style)
                                    .withLayout(layout)
                                    .withSchemaVersion("7"),
                            "p",
                            name);
                }
            }
        }
    }

    @Test
    void threadsSharingTheTemplatesGetTheFreshRender() throws Exception {
        List<String> schemas = constructs();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < schemas.size(); i++) {
                        Style style = Style.values()[(i + thread) % 2];
                        assertSame(
                                schemas.get(i),
                                GeneratorOptions.defaults().withStyle(style),
                                "t" + thread + ".s" + i,
                                "s" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : results) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static void assertSame(String schema, GeneratorOptions options, String packageName, String schemaName) {
        Plan plan = Planner.plan(
                SchemaReader.readString(SchemaReader.TEXT_NAME, schema),
                options.withPackageName(packageName),
                packageName);
        EmitContext ctx = EmitContext.of(options.withPackageName(packageName), plan, schemaName);
        List<GeneratedFile> templated = SupportFiles.emit(ctx);
        List<GeneratedFile> fresh = SupportFiles.render(ctx);
        assertThat(templated)
                .as("%s %s %s %s", options, packageName, schemaName, schema)
                .isEqualTo(fresh);
    }

    static List<String> constructs() throws Exception {
        List<String> schemas = new ArrayList<>();
        try (Stream<Path> files = Files.list(resources())) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                schemas.add(JsonValues.MAPPER.writeValueAsString(
                        JsonValues.parse(Files.readString(p)).get("schema")));
            }
        }
        assertThat(schemas).hasSizeGreaterThan(10);
        return schemas;
    }

    private static Path resources() throws URISyntaxException {
        return Path.of(SupportFilesTest.class.getResource("/constructs").toURI());
    }
}

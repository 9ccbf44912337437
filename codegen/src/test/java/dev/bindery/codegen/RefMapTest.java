package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas that reference each other by their published URLs generate offline: a ref-map gives the local
 * directory for a URL prefix, and files of one set are found by their root {@code $id}. Nothing is fetched.
 */
class RefMapTest {
    static final String ORDER = """
            {"$id": "https://example.com/schemas/order.json", "title": "Order", "type": "object", "required": ["customer"],
             "properties": {
               "customer": {"$ref": "https://example.com/schemas/common/customer.json"},
               "shipTo": {"$ref": "https://example.com/schemas/common/address.json#/$defs/Address"}
             }}
            """;
    static final String CUSTOMER = """
            {"$id": "https://example.com/schemas/common/customer.json", "title": "Customer", "type": "object",
             "properties": {"name": {"type": "string"}, "home": {"$ref": "address.json#/$defs/Address"}}}
            """;
    static final String ADDRESS = """
            {"$id": "https://example.com/schemas/common/address.json",
             "$defs": {"Address": {"type": "object", "properties": {"city": {"type": "string"}}, "additionalProperties": false}}}
            """;

    /** {@code order.json} in its own directory, the common schemas in {@code lib/} mapped from their URL prefix. */
    static Path layout(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/customer.json"), CUSTOMER);
        Files.writeString(dir.resolve("lib/address.json"), ADDRESS);
        return Files.writeString(dir.resolve("app/order.json"), ORDER);
    }

    static String file(List<GeneratedFile> files, String path) {
        return files.stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in "
                        + files.stream().map(GeneratedFile::relativePath).toList()))
                .content();
    }

    @Test
    void aMappedPrefixReadsTheLocalFilesAndTheirRelativeReferences(@TempDir Path dir) throws Exception {
        Path order = layout(dir);
        GeneratorOptions options = GeneratorOptions.defaults()
                .withPackageName("com.acme")
                .withSchemaName("acme@Order")
                .withRefMappings(List.of(RefMapping.parse("https://example.com/schemas/common/=lib/", dir)));
        List<GeneratedFile> files = Generator.generate(order, options);
        assertThat(files.stream().map(GeneratedFile::relativePath))
                .containsExactly(
                        "com/acme/Address.java",
                        "com/acme/Customer.java",
                        "com/acme/EventEnvelope.java",
                        "com/acme/Marshaller.java",
                        "com/acme/Order.java");
        assertThat(file(files, "com/acme/Customer.java")).isEqualTo("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAnyGetter;
                import com.fasterxml.jackson.annotation.JsonAnySetter;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.databind.JsonNode;
                import java.util.Collections;
                import java.util.LinkedHashMap;
                import java.util.Map;
                import javax.annotation.processing.Generated;

                /**
                 * Customer
                 *
                 * @param additionalProperties properties the schema does not declare, kept for re-publishing
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Order, https://example.com/schemas/common/customer.json#"
                )
                @JsonInclude(JsonInclude.Include.NON_NULL)
                public record Customer(@JsonProperty("name") String name, @JsonProperty("home") Address home,
                        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
                    public Customer {
                        additionalProperties = additionalProperties == null ? Collections.emptyMap()
                                : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
                    }

                    /**
                     * Creates an instance without additional properties.
                     */
                    public Customer(String name, Address home) {
                        this(name, home, Collections.emptyMap());
                    }
                }
                """);
        assertThat(file(files, "com/acme/Order.java"))
                .contains("@JsonProperty(\"customer\") Customer customer", "@JsonProperty(\"shipTo\") Address shipTo");
        CompiledBinding binding = CompiledBinding.compile(files, 17);
        String json =
                "{\"customer\":{\"name\":\"Ada\",\"home\":{\"city\":\"Oslo\"},\"vip\":true},\"shipTo\":{\"city\":\"Bergen\"}}";
        assertThat(JsonValues.equal(
                        JsonValues.parse(json),
                        JsonValues.parse(binding.roundTrip(json, binding.load("com.acme.Order")))))
                .isTrue();
    }

    @Test
    void filesOfOneSetAreFoundByTheirId(@TempDir Path dir) throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("order.json"), ORDER.replace("common/customer.json", "customer-v1.json"));
        Files.writeString(
                set.resolve("customer-schema.json"),
                CUSTOMER.replace("common/customer.json", "customer-v1.json")
                        .replace("address.json#", "common/address.json#"));
        Files.writeString(set.resolve("address-schema.json"), ADDRESS);
        List<GeneratedFile> files =
                Generator.generate(set, GeneratorOptions.defaults().withPackageName("com.acme"));
        assertThat(file(files, "com/acme/Order.java")).contains("@JsonProperty(\"customer\") Customer customer");
        assertThat(file(files, "com/acme/Customer.java")).contains("@JsonProperty(\"home\") Address home");
        CompiledBinding.compile(files, 17);
    }

    @Test
    void anUnmappedPrefixIsRefusedNamingTheReferenceAndTheOption(@TempDir Path dir) throws Exception {
        Path order = layout(dir);
        GeneratorOptions options = GeneratorOptions.defaults()
                .withPackageName("com.acme")
                .withRefMappings(List.of(RefMapping.parse("https://example.com/other/=lib/", dir)));
        assertThatThrownBy(() -> Generator.generate(order, options))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("order.json#/properties/customer")
                .hasMessageContaining(
                        "remote reference https://example.com/schemas/common/customer.json is not fetched")
                .hasMessageContaining("--ref-map");
    }

    @Test
    void aMappingNeverLeavesItsDirectory(@TempDir Path dir) {
        RefMapping mapping = RefMapping.parse("https://example.com/s/=lib", dir);
        assertThat(mapping.localFile("https://example.com/s/a/b.json")).isEqualTo(dir.resolve("lib/a/b.json"));
        assertThat(mapping.localFile("https://example.com/s/../../etc/passwd")).isNull();
        assertThat(mapping.localFile("https://example.org/s/a.json")).isNull();
        assertThatThrownBy(() -> RefMapping.parse("no-equals-sign", dir)).hasMessageContaining("<url-prefix>=<path>");
    }
}

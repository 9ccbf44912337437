package dev.bindery.registry.content;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.config.Limits;
import dev.bindery.registry.error.ApiException;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    private final ContentValidator validator =
            new ContentValidator(new Limits(100_000, 256, 100, 100, 20_480, 50, 255, ".*", ".*"));

    @Test
    void duplicateKeysAreRefusedWithTheirPosition() {
        assertThatThrownBy(() ->
                        validator.validate(SchemaType.JSONSchemaDraft4, "{\"type\":\"object\",\n\"type\":\"string\"}"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("Duplicate field 'type'");
    }

    @Test
    void textAfterTheDocumentIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> validator.validate(SchemaType.JSONSchemaDraft4, "{\"type\":\"object\"}\n xyz"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("Content is not valid JSON at line 2");
    }

    @Test
    void contentThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> validator.validate(SchemaType.JSONSchemaDraft4, "[1]"))
                .hasMessageContaining("must be a JSON object, but is a JSON array");
    }

    @Test
    void metaSchemaViolationsNameTheirJsonPointer() {
        assertThatThrownBy(() ->
                        validator.validate(SchemaType.JSONSchemaDraft4, "{\"properties\":{\"a\":{\"minLength\":-1}}}"))
                .hasMessageContaining("/properties/a/minLength");
    }

    @Test
    void openApi31ComponentsAreCheckedAgainstDraft2020() {
        assertThatCode(
                        () -> validator.validate(
                                SchemaType.OpenApi3,
                                "{\"openapi\":\"3.1.0\",\"components\":{\"schemas\":{\"A\":{\"type\":[\"string\",\"null\"],\"const\":\"x\"}}}}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(
                        SchemaType.OpenApi3, "{\"openapi\":\"2.0\",\"components\":{\"schemas\":{}}}"))
                .hasMessageContaining("3.x");
    }

    @Test
    void localReferencesMustResolveAndRemoteOnesAreLeftAlone() {
        assertThatCode(() -> validator.validate(
                        SchemaType.JSONSchemaDraft4,
                        "{\"definitions\":{\"a~b\":{\"type\":\"string\"}},\"properties\":{\"x\":{\"$ref\":\"#/definitions/a~0b\"},"
                                + "\"y\":{\"$ref\":\"https://example.com/never-fetched.json\"}}}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(
                        SchemaType.JSONSchemaDraft4, "{\"properties\":{\"x\":{\"$ref\":\"#/definitions/missing\"}}}"))
                .hasMessageContaining("/properties/x")
                .hasMessageContaining("points at nothing");
    }

    @Test
    void nestingUpToTheLimitIsValidatedAndDeeperContentIsRefused() {
        assertThatCode(() -> validator.validate(SchemaType.JSONSchemaDraft4, nested(254)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(SchemaType.JSONSchemaDraft4, nested(900)))
                .hasMessageContaining("nests 901 levels deep; the limit is 255");
    }

    /** A schema of {@code levels} nested "not" keywords around an empty schema. */
    private static String nested(int levels) {
        return "{\"not\":".repeat(levels) + "{}" + "}".repeat(levels);
    }
}

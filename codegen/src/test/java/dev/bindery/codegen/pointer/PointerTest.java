package dev.bindery.codegen.pointer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fragments and pointers are read strictly, and follow RFC 6901 and RFC 3986 exactly. */
class PointerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fragmentsArePercentDecodedThenUnescaped() {
        assertThat(Pointer.ofFragment("/a~1b/c~0d/%7E0/%25/x+y/%C3%A9").tokens())
                .containsExactly("a/b", "c~d", "~", "%", "x+y", "é");
        assertThat(Pointer.ofFragment("")).isEqualTo(Pointer.ROOT);
        assertThat(Pointer.ofFragment("/a~1b/%20").toString()).isEqualTo("/a~1b/ ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/components/schemas/%zz | '%zz' at character 20 is not a percent-escape",
                "/components/schemas/A%  | '%' at character 21 is an incomplete percent-escape",
                "/components/schemas/A%4 | '%4' at character 21 is an incomplete percent-escape",
                "/a/%C3%28               | its percent-escaped bytes are not UTF-8",
                "/a~2                    | '~' must be followed by '0' or '1' (in the token 'a~2')",
                "/a~                     | '~' must be followed by '0' or '1' (in the token 'a~')",
                "anchor~1                | it does not start with '/'"
            })
    void malformedFragmentsAreRefusedNamingThePointerAndTheFault(String fragment, String problem) {
        assertThatThrownBy(() -> Pointer.ofFragment(fragment))
                .isInstanceOf(MalformedPointerException.class)
                .hasMessage("'" + fragment + "' is not a valid JSON pointer: " + problem)
                .extracting(e -> ((MalformedPointerException) e).pointer())
                .isEqualTo(fragment);
    }

    @Test
    void arrayIndexesAreDigitsWithoutLeadingZerosThatFitAnInt() {
        assertThat(Pointer.arrayIndex("0")).isZero();
        assertThat(Pointer.arrayIndex("2147483647")).isEqualTo(Integer.MAX_VALUE);
        for (String notAnIndex : List.of("2147483648", "99999999999", "01", "-1", "+1", "", "1e3", "٣")) {
            assertThat(Pointer.arrayIndex(notAnIndex)).as(notAnIndex).isEqualTo(-1);
        }
    }

    @Test
    void resolveFindsMembersAndElementsAndNothingElse() throws Exception {
        JsonNode document = JSON.readTree("{\"allOf\":[{\"a/b\":1}],\"s\":\"x\",\"0\":{\"01\":2}}");
        assertThat(Pointer.parse("/allOf/0/a~1b").resolve(document).asInt()).isEqualTo(1);
        assertThat(Pointer.parse("/0/01").resolve(document).asInt()).isEqualTo(2);
        assertThat(Pointer.ROOT.resolve(document)).isSameAs(document);
        assertThat(Pointer.parse("/allOf/2147483648").resolve(document)).isNull();
        assertThat(Pointer.parse("/allOf/1").resolve(document)).isNull();
        assertThat(Pointer.parse("/allOf/00").resolve(document)).isNull();
        assertThat(Pointer.parse("/s/x").resolve(document)).isNull();
        assertThat(Pointer.parse("/missing").resolve(document)).isNull();
    }

    @Test
    void appendAndLastTokenAreInverse() {
        String pointer = Pointer.append(Pointer.append("", "properties"), "a/~b");
        assertThat(pointer).isEqualTo("/properties/a~1~0b");
        assertThat(Pointer.lastToken(pointer)).isEqualTo("a/~b");
        assertThat(Pointer.lastToken("")).isEmpty();
        assertThat(Pointer.parse(pointer).child("c").toString()).isEqualTo("/properties/a~1~0b/c");
    }
}

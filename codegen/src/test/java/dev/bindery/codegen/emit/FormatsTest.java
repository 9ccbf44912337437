package dev.bindery.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text put into format strings renders as JavaPoet renders the same value passed as an argument. */
class FormatsTest {
    static final List<String> VALUES = List.of(
            "",
            "placed",
            "PAID_1",
            "a b",
            "d$llar",
            "$$",
            "it's",
            "{@code x}",
            "*/",
            "a\"quote",
            "back\\slash",
            "tab\there",
            "line\nbreak",
            "caf\u00e9",
            "\u2028",
            "\u0000",
            "~!@#%^&*()_+-=[]{}|;:,.<>/?`");

    @Test
    void stringLiteralRendersAsDollarS() {
        int plain = 0;
        for (String value : VALUES) {
            String literal = Formats.stringLiteral(value);
            if (literal != null) {
                plain++;
                assertThat(CodeBlock.of(literal).toString())
                        .as(value)
                        .isEqualTo(CodeBlock.of("$S", value).toString());
            }
        }
        assertThat(plain).isGreaterThan(8);
    }

    @Test
    void stringLiteralRefusesWhatJavaPoetEscapes() {
        for (String value : List.of("a\"quote", "back\\slash", "tab\there", "line\nbreak", "caf\u00e9", "\u0000")) {
            assertThat(Formats.stringLiteral(value)).as(value).isNull();
        }
    }

    @Test
    void codeRendersAsDollarL() {
        for (String value : VALUES) {
            assertThat(CodeBlock.of(Formats.code(value)).toString())
                    .as(value)
                    .isEqualTo(CodeBlock.of("$L", value).toString());
        }
    }
}

package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void orderRoundTrips() {
        String schema = """
                {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Order","type":"object",
                 "required":["id","amount","status"],
                 "properties":{"id":{"type":"string","format":"uuid"},"amount":{"type":"number"},
                   "status":{"enum":["NEW","PAID"]},"note":{"type":["string","null"]},
                   "time":{"type":"string","format":"date-time"},
                   "lines":{"type":"array","items":{"type":"object","properties":{"sku":{"type":"string"},"qty":{"type":"integer","minimum":0,"maximum":1000}}}},
                   "anything":{}}}
                """;
        for (GeneratorOptions.Style style : GeneratorOptions.Style.values()) {
            List<GeneratedFile> files = Generator.generate(schema, GeneratorOptions.defaults().withStyle(style).withPackageName("com.example.order"));
            files.forEach(f -> System.out.println("// " + f.relativePath() + "\n" + f.content()));
            CompiledBinding b = CompiledBinding.compile(files, style == GeneratorOptions.Style.RECORDS ? 17 : 8);
            String json = """
                    {"id":"0b7e0d2c-6f54-4c5a-9e7e-2a4f7c1e9d10","amount":12.50,"status":"SHIPPED","note":null,
                     "time":"2024-01-01T10:00:00.500+02:00","lines":[{"sku":"a","qty":2,"x":[1,2]}],"anything":{"n":1e400},"extra":true}
                    """;
            String out = b.roundTrip(json, b.load("com.example.order.Order"));
            System.out.println(out);
            assertThat(JsonValues.equal(JsonValues.parse(json), JsonValues.parse(out))).as(out).isTrue();
        }
    }
}

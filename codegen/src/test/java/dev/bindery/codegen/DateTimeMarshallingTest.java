package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated marshaller reads and writes {@code date-time} values itself in their common form; for every input it
 * must agree with the {@code JavaTimeModule} alone: the same value, the same output text, a failure where it fails.
 */
class DateTimeMarshallingTest {
    static final String SCHEMA = """
            {"title":"Stamp","type":"object","properties":{"at":{"type":"string","format":"date-time"}},
             "additionalProperties":false}
            """;
    static final ObjectMapper REFERENCE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void dateTimesReadAndWriteExactlyAsTheJavaTimeModuleDoes() throws Exception {
        List<String> inputs = new ArrayList<>(List.of(
                "2024-05-01T12:30:00Z",
                "2024-05-01T12:30Z",
                "2024-05-01t12:30:00z",
                "2024-05-01T12:30:00+00:00",
                "2024-05-01T12:30:00-00:00",
                "2024-05-01T12:30:00+0530",
                "2024-05-01T12:30:00.5+05:30",
                "2024-05-01T12:30:00.123456789-11:45",
                "2024-05-01T12:30:00.1234567891Z",
                "2024-05-01T12:30:00.Z",
                "2024-02-30T00:00:00Z",
                "2023-02-29T00:00:00Z",
                "2024-02-29T00:00:00Z",
                "2024-05-01T24:00:00Z",
                "2024-05-01T23:59:60Z",
                "2024-05-01T12:30:00+18:00",
                "2024-05-01T12:30:00+18:30",
                "2024-05-01T12:30:00+01:60",
                "2024-05-01T12:30:00+05:30:15",
                "+12024-05-01T12:30:00Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                " 2024-05-01T12:30:00Z",
                "2024-5-01T12:30:00Z",
                "2024-05-01 12:30:00Z",
                "2024-05-01T12:30:00",
                "2024-05-01T1a:30:00Z",
                "2024-05-01T12:30:00+0a:00"));
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime t = OffsetDateTime.of(
                    random.nextInt(10_000),
                    1 + random.nextInt(12),
                    1 + random.nextInt(28),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(60),
                    nanos(random),
                    ZoneOffset.ofTotalSeconds(
                            (random.nextInt(35) - 17) * 3600 + (random.nextInt(4) == 0 ? 0 : random.nextInt(60) * 60)));
            inputs.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        }
        inputs.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3600 + 15))));
        for (GeneratorOptions.Style style : GeneratorOptions.Style.values()) {
            GeneratorOptions options = GeneratorOptions.defaults()
                    .withPackageName("t." + style.name().toLowerCase())
                    .withStyle(style);
            CompiledBinding binding =
                    CompiledBinding.compile(Generator.generate(SCHEMA, options), options.usesRecords() ? 17 : 8);
            Class<?> stamp = binding.load(options.packageName() + ".Stamp");
            for (String input : inputs) {
                String json = "{\"at\":\"" + input + "\"}";
                OffsetDateTime expected;
                try {
                    expected = REFERENCE.readValue("\"" + input + "\"", OffsetDateTime.class);
                } catch (Exception e) {
                    assertThatThrownBy(() -> binding.unmarshal(json, stamp))
                            .as(input)
                            .isInstanceOf(AssertionError.class);
                    continue;
                }
                Object value = binding.unmarshal(json, stamp);
                Object at =
                        stamp.getMethod(options.usesRecords() ? "at" : "getAt").invoke(value);
                assertThat(at).as(input).isEqualTo(expected);
                assertThat(binding.marshal(value))
                        .as(input)
                        .isEqualTo("{\"at\":" + REFERENCE.writeValueAsString(expected) + "}");
            }
        }
    }

    /** Nanoseconds with 0, 3, 6, 9 or any number of significant digits. */
    static int nanos(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            case 3 -> random.nextInt(1_000_000_000);
            default -> random.nextInt(10) * (int) Math.pow(10, random.nextInt(9));
        };
    }
}

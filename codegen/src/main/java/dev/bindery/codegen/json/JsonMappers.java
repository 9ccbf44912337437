package dev.bindery.codegen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The module-wide Jackson mappers. Both readers are strict in the same way:
 * <ul>
 *   <li>a repeated key in one object is refused (a reader would otherwise keep only the last one, and
 *       two readers of the same text could disagree about what it says);</li>
 *   <li>text after the document is refused ({@link #strict()} only: YAML has no such notion);</li>
 *   <li>numbers with a fraction or exponent are read as {@link java.math.BigDecimal}, so
 *       {@code 0.1} and {@code 1E+400} keep the value that was written;</li>
 *   <li>nesting deeper than {@value #MAX_NESTING_DEPTH} levels is refused;</li>
 *   <li>parse errors do not quote the input they came from (callers report line and column).</li>
 * </ul>
 * The pretty writer ends lines with {@code \n} on every platform, so what
 * Bindery writes is the same bytes everywhere. The instances are shared and must not be reconfigured.
 *
 * <p>Two streaming factories serve readers that never recurse (the registry's event ingestion): they bound no
 * nesting depth, since such a reader's depth is bounded by the input's size, and keep Jackson's other defaults.
 */
public final class JsonMappers {

    /** Deepest nesting a document may have. */
    public static final int MAX_NESTING_DEPTH = 1000;

    private static final StreamReadConstraints CONSTRAINTS =
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();

    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final StreamReadConstraints UNBOUNDED_DEPTH =
            StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build();

    private static final JsonFactory STREAMING_STRICT = JsonFactory.builder()
            .streamReadConstraints(UNBOUNDED_DEPTH)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final JsonFactory STREAMING_LENIENT =
            JsonFactory.builder().streamReadConstraints(UNBOUNDED_DEPTH).build();

    private static final ObjectWriter PRETTY =
            STRICT.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonMappers() {}

    /** The strict JSON mapper: for parsing documents and bodies, and for compact output. */
    public static ObjectMapper strict() {
        return STRICT;
    }

    /** The YAML mapper, as strict as {@link #strict()} where YAML allows. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /** A streaming factory with no nesting limit that refuses a key repeated in one object. */
    public static JsonFactory streamingStrict() {
        return STREAMING_STRICT;
    }

    /**
     * A streaming factory with no nesting limit where a repeated key's last value counts, as the web framework
     * reads request bodies; for members whose readers must agree with the framework's.
     */
    public static JsonFactory streamingLenient() {
        return STREAMING_LENIENT;
    }

    /**
     * Pretty output: Jackson's default layout ({@code "key" : value}, objects one member a line with a
     * two-space indent, arrays on one line) with {@code \n} line ends instead of the platform's.
     */
    public static ObjectWriter pretty() {
        return PRETTY;
    }
}

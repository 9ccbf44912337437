package dev.bindery.registry.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The false-enum share on the AWS sample corpus: every enum in the expected documents must carry a reviewer's
 * verdict in {@code aws-samples/ENUMS.md} (real code set, or false: identifiers, timestamps, measurements,
 * free-form names), and at most 2% of them may be false. The figures are printed, so the share is reproducible
 * with {@code -Dtest=AwsSampleEnumsTest}.
 */
class AwsSampleEnumsTest {

    private static final Path REVIEW = AwsSamples.ROOT.resolve("ENUMS.md");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An enum in an expected document: the kind, the JSON pointer of the schema holding it, its values. */
    record Found(String kind, String location, String values) {}

    @Test
    void atMostTwoPercentOfTheInferredEnumsAreFalse() throws IOException {
        Map<String, Found> found = new TreeMap<>();
        for (Corpus.Kind kind : AwsSamples.kinds()) {
            JsonNode document = MAPPER.readTree(kind.expectedFile().toFile());
            collect(kind.name(), document, "", found);
        }
        Map<String, String[]> reviewed = review();

        assertThat(reviewed.keySet())
                .as("every enum reviewed in %s, and no review left without its enum", REVIEW)
                .containsExactlyElementsOf(found.keySet());
        List<String> falseOnes = new ArrayList<>();
        found.forEach((key, enumFound) -> {
            String[] row = reviewed.get(key);
            assertThat(row[2]).as("the values reviewed for %s", key).isEqualTo(enumFound.values());
            assertThat(row[3]).as("the verdict on %s", key).isIn("real", "false");
            if (row[3].equals("false")) {
                falseOnes.add(key + " " + enumFound.values() + " (" + row[4] + ")");
            }
        });
        double share = found.isEmpty() ? 0 : (double) falseOnes.size() / found.size();
        System.out.printf(
                "AWS sample corpus: %d enums, %d false (%.1f%%)%n", found.size(), falseOnes.size(), share * 100);
        falseOnes.forEach(f -> System.out.println("  false: " + f));

        assertThat(found).as("the corpus yields enums to judge").isNotEmpty();
        assertThat(share).as("false-enum share; false: %s", falseOnes).isLessThanOrEqualTo(0.02);
    }

    private static void collect(String kind, JsonNode node, String pointer, Map<String, Found> found) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                String joined = String.join(
                        ", ",
                        StreamSupport.stream(values.spliterator(), false)
                                .map(JsonNode::asText)
                                .toList());
                found.put(kind + " " + pointer, new Found(kind, pointer, joined));
            }
            node.properties().forEach(e -> collect(kind, e.getValue(), pointer + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(kind, node.get(i), pointer + "/" + i, found);
            }
        }
    }

    /** Rows of the review table, {@code | kind | location | values | verdict | why |}, by kind and location. */
    private static Map<String, String[]> review() throws IOException {
        Map<String, String[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(REVIEW, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip().replace("`", "");
            }
            rows.put(cells[0] + " " + cells[1], cells);
        }
        return rows;
    }
}

package dev.bindery.schemas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed streams are exactly what the generator writes, so they can always be regenerated. */
class CorpusGeneratorTest {

    private static final Path CORPUS = Path.of("src", "main", "resources", "corpus");

    @Test
    void theGeneratorReproducesEveryCommittedStreamByteForByte() throws IOException {
        Map<String, List<Map<String, Object>>> streams = CorpusGenerator.streams();

        assertThat(streams).hasSize(9);
        for (Map.Entry<String, List<Map<String, Object>>> kind : streams.entrySet()) {
            String committed =
                    Files.readString(CORPUS.resolve(kind.getKey()).resolve("events.ndjson"), StandardCharsets.UTF_8);
            assertThat(CorpusGenerator.ndjson(kind.getValue()))
                    .as(kind.getKey())
                    .isEqualTo(committed);
        }
    }
}

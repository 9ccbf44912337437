package dev.bindery.maven.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void knownAnswers() {
        assertThat(hex(new Sha256().digest()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(new Sha256()
                        .update("abc".getBytes(StandardCharsets.US_ASCII))
                        .digest()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void agreesWithTheJdkForEveryLengthAroundTheBlockBoundariesAndInPieces() throws Exception {
        Random random = new Random(5);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String expected = hex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(hex(new Sha256().update(bytes).digest()))
                    .as("length %d", length)
                    .isEqualTo(expected);
            int cut = length / 3;
            assertThat(hex(new Sha256()
                            .update(bytes, 0, cut)
                            .update(bytes, cut, length - cut)
                            .digest()))
                    .as("length %d in two pieces", length)
                    .isEqualTo(expected);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}

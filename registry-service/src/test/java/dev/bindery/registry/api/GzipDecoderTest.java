package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.error.MalformedBodyException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The gzip decoder takes a stream in any split, and nothing but whole, intact gzip members. */
class GzipDecoderTest {

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** Decodes {@code body} fed in pieces of {@code step} bytes. */
    private static byte[] decode(byte[] body, int step) {
        GzipDecoder decoder = new GzipDecoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += step) {
            decoder.decode(Arrays.copyOfRange(body, at, Math.min(body.length, at + step)), out::writeBytes);
        }
        decoder.finish();
        decoder.close();
        return out.toByteArray();
    }

    @Test
    void anySplitOfOneOrMoreMembersDecodesToTheOriginal() throws Exception {
        byte[] text = new byte[200_000];
        new Random(7).nextBytes(text);
        byte[] one = gzip(text);
        byte[] two = new byte[one.length * 2];
        System.arraycopy(one, 0, two, 0, one.length);
        System.arraycopy(one, 0, two, one.length, one.length);
        for (int step : new int[] {1, 7, 4096, Integer.MAX_VALUE}) {
            assertThat(decode(one, step)).isEqualTo(text);
            byte[] twice = decode(two, step);
            assertThat(Arrays.copyOfRange(twice, text.length, twice.length)).isEqualTo(text);
        }
        assertThat(decode(new byte[0], 1)).isEmpty();
    }

    @Test
    void optionalHeaderFieldsAreSkipped() throws Exception {
        byte[] plain = gzip("{}".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream withFields = new ByteArrayOutputStream();
        withFields.write(plain, 0, 3);
        withFields.write(0x04 | 0x08 | 0x10 | 0x02); // FEXTRA, FNAME, FCOMMENT, FHCRC
        withFields.write(plain, 4, 6);
        withFields.writeBytes(new byte[] {3, 0, 'a', 'b', 'c'});
        withFields.writeBytes("name.json\0a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        withFields.writeBytes(new byte[] {0, 0});
        withFields.write(plain, 10, plain.length - 10);
        assertThat(decode(withFields.toByteArray(), 1))
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("{}");
    }

    @Test
    void damagedOrIncompleteStreamsNameTheFault() throws Exception {
        byte[] good = gzip("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        byte[] badSize = good.clone();
        badSize[good.length - 1] ^= 1;
        byte[] badMethod = good.clone();
        badMethod[2] = 7;
        byte[] badData = good.clone();
        badData[10] = (byte) 0xFF;
        assertFault(badSize, "trailer's length does not match");
        assertFault(badMethod, "compression method is 7");
        assertFault(badData, "not valid deflate data");
        assertFault(Arrays.copyOf(good, 9), "9 bytes long, too short for a gzip stream");
        byte[] secondMemberCut = Arrays.copyOf(good, good.length + 1);
        secondMemberCut[good.length] = 0x1f;
        assertFault(secondMemberCut, "ends inside a gzip header");
        assertFault(Arrays.copyOf(good, good.length + 1), "does not start with the gzip magic bytes");
        assertFault("{}".getBytes(StandardCharsets.UTF_8), "does not start with the gzip magic bytes 1f 8b");
    }

    private static void assertFault(byte[] body, String problem) {
        assertThatThrownBy(() -> decode(body, 1))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining(problem);
        assertThatThrownBy(() -> decode(body, Integer.MAX_VALUE))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining(problem);
    }
}

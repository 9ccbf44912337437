package dev.bindery.registry.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The UTF-8 length counted without encoding is the length the JDK's encoder produces. */
class Utf8LengthTest {

    @Property(tries = 1000)
    void countsWhatTheEncoderWrites(@ForAll String text) {
        assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void everyWidthAndLoneSurrogates() {
        for (String text : new String[] {"", "a", "é", "漢", "🎉", "a\ud800b", "\udc00", "\ud83c", "x🎉é漢\ud800"}) {
            assertThat(Utf8.length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}

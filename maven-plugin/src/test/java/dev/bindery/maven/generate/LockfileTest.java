package dev.bindery.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockfileTest {
    @TempDir
    Path dir;

    @Test
    void isWrittenSortedAndReadBack() {
        Lockfile lock = new Lockfile(List.of(
                new Lockfile.Entry("r", "b", "latest", "2", "bb"), new Lockfile.Entry("r", "a", "1", "1", "aa")));
        Path file = dir.resolve("bindery.lock");
        assertThat(lock.writeIfChanged(file)).isTrue();
        assertThat(lock.writeIfChanged(file)).isFalse();
        assertThat(Lockfile.read(file)).isEqualTo(lock);
        assertThat(lock.text()).isEqualTo("""
                {
                  "lockfileVersion" : 1,
                  "schemas" : [ {
                    "registry" : "r",
                    "name" : "a",
                    "requested" : "1",
                    "version" : "1",
                    "sha256" : "aa"
                  }, {
                    "registry" : "r",
                    "name" : "b",
                    "requested" : "latest",
                    "version" : "2",
                    "sha256" : "bb"
                  } ]
                }
                """);
    }

    @Test
    void aDamagedLockfileFailsNamingTheFile() throws IOException {
        Path file = dir.resolve("bindery.lock");
        Files.writeString(file, "{\"schemas\": [{\"registry\": \"r\"}]}");
        assertThatThrownBy(() -> Lockfile.read(file))
                .hasMessageContaining(file + " is not a valid Bindery lockfile: an entry has no \"name\"");
    }
}

package dev.bindery.registry.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.codegen.GeneratedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class BindingZipTest {

    private final BindingZip.Origin origin =
            new BindingZip.Origin("orders", "com.acme@Placed", 3, BindingLanguage.Java17);

    @Test
    void noEntryCanLeaveTheDirectoryItUnpacksInto() {
        for (String evil : List.of("../evil.java", "a/../../evil.java", "/etc/passwd", "", "C:/evil.java")) {
            assertThatThrownBy(() -> BindingZip.safePath(evil))
                    .as(evil)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a safe zip entry path");
        }
        assertThat(BindingZip.safePath("a/./b/../C.java")).isEqualTo("a/C.java");
    }

    @Test
    void theSameBindingIsTheSameBytesWithSourcesReadmeAndManifest() throws IOException {
        List<GeneratedFile> files = List.of(
                new GeneratedFile("com/acme/B.java", "class B {}"), new GeneratedFile("com/acme/A.java", "class A {}"));
        byte[] first = BindingZip.write(origin, files);
        byte[] second = BindingZip.write(origin, files);
        assertThat(first).isEqualTo(second);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names)
                .containsExactly(
                        "README.md",
                        "bindery-manifest.json",
                        "src/main/java/com/acme/A.java",
                        "src/main/java/com/acme/B.java");
    }
}

package dev.bindery.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operation table in docs/security.md is the server's: every row, its action, permission and scope. */
class SecurityDocTest {

    private static final Path DOC = Path.of("..", "docs", "security.md");
    private static final List<Role> COLUMNS = List.of(Role.READER, Role.PRODUCER, Role.WRITER, Role.ADMIN);

    @Test
    void theDocumentedOperationTableIsTheServersTable() throws Exception {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            String[] cells = line.split("\\|");
            if (cells.length == 9 && Operations.find(cells[1].trim()).isPresent()) {
                documented.put(
                        cells[1].trim(),
                        String.join("|", List.of(cells).subList(2, 9)).replace(" ", ""));
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        Operations.all().forEach((name, operation) -> actual.put(name, row(operation)));
        assertThat(documented).containsExactlyEntriesOf(actual);
    }

    private static String row(Operations.Operation operation) {
        StringBuilder row = new StringBuilder("`" + operation.action() + "`|"
                + operation.permission().name().toLowerCase(Locale.ROOT) + "|"
                + operation.scope().name().toLowerCase(Locale.ROOT));
        for (Role role : COLUMNS) {
            row.append('|').append(role.grants(operation.permission()) ? "✓" : "–");
        }
        return row.toString();
    }
}

package dev.bindery.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.security.Operations;
import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's route table in docs/security.md is the server's: every console route is listed, every
 * listed route exists, and each names an operation of the security table (or says it needs none).
 */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleRoutesDocTest implements TestPropertyProvider {

    private static final Pattern ROUTE = Pattern.compile("`(GET|POST) (/console[^`]*)`");
    private static final Pattern FIRST_WORD = Pattern.compile("\\|\\s*([A-Za-z]+)");

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    @Test
    void everyConsoleRouteIsDocumentedWithTheOperationItIsAuthorizedAs() throws Exception {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "security.md"))) {
            if (!line.startsWith("| `GET /console") && !line.startsWith("| `POST /console")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Matcher operation = FIRST_WORD.matcher("|" + cells[2]);
            assertThat(operation.find()).as(line).isTrue();
            Matcher routes = ROUTE.matcher(cells[1]);
            while (routes.find()) {
                documented.put(routes.group(1) + " " + routes.group(2), operation.group(1));
            }
        }
        Set<String> routed = new TreeSet<>();
        router.uriRoutes().forEach(route -> {
            String path = route.getUriMatchTemplate().toPathString();
            if (path.startsWith("/console") && !route.getHttpMethodName().equals("HEAD")) { // HEAD: the GET route
                routed.add(route.getHttpMethodName() + " " + path.replaceAll("\\{([A-Za-z]+)[^}]*}", "{$1}"));
            }
        });
        assertThat(new TreeSet<>(documented.keySet())).isEqualTo(routed);
        documented.forEach((route, operation) -> assertThat(
                        operation.equals("none") || Operations.find(operation).isPresent())
                .as(route + " names " + operation)
                .isTrue());
    }
}

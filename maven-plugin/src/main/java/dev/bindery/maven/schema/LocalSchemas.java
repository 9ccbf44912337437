package dev.bindery.maven.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a project's schema files: every regular file below a directory matching one of the include
 * globs and none of the exclude globs, sorted by relative path. A glob {@code **}{@code /x} also matches
 * {@code x} at the top (as Maven's include patterns do).
 */
public final class LocalSchemas {
    /** The include globs when none are configured. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml");

    private LocalSchemas() {}

    /** The matching files, or none when {@code directory} does not exist. */
    public static List<LocalSchema> scan(Path directory, List<String> includes, List<String> excludes) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        List<PathMatcher> in = matchers(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> out = matchers(excludes == null ? List.of() : excludes);
        List<LocalSchema> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path relative = directory.relativize(file);
                    if (attributes.isRegularFile() && matches(in, relative) && !matches(out, relative)) {
                        found.add(new LocalSchema(
                                file, relative.toString().replace('\\', '/'), Files.readAllBytes(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schemas in " + directory + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(LocalSchema::relativePath));
        return List.copyOf(found);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            String trimmed = glob.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
            if (trimmed.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed.substring(3)));
            }
        }
        return matchers;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}

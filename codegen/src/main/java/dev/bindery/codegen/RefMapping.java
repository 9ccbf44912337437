package dev.bindery.codegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A URL prefix of remote {@code $ref}s mapped to a local directory or file, so that schemas referencing
 * each other by their published URLs generate offline: remote references are never fetched.
 * {@code https://example.com/schemas/=schemas/} reads {@code https://example.com/schemas/a.json} from
 * {@code schemas/a.json}; a prefix naming one document maps to a file.
 *
 * @param prefix the URL prefix, compared as text
 * @param target the local directory (for a prefix ending with {@code /}) or file, absolute
 */
public record RefMapping(String prefix, Path target) {
    public RefMapping {
        Objects.requireNonNull(prefix, "prefix == null");
        Objects.requireNonNull(target, "target == null");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("empty ref-map prefix");
        }
        target = target.toAbsolutePath().normalize();
    }

    /**
     * Parses {@code prefix=path}; a relative path resolves against {@code base}.
     *
     * @throws IllegalArgumentException naming the specification when it has no {@code =}, or an empty side
     */
    public static RefMapping parse(String specification, Path base) {
        int eq = specification.lastIndexOf('=');
        if (eq <= 0 || eq == specification.length() - 1) {
            throw new IllegalArgumentException("not a ref-map of the form <url-prefix>=<path>: " + specification);
        }
        return new RefMapping(
                specification.substring(0, eq).trim(),
                base.resolve(specification.substring(eq + 1).trim()));
    }

    /** The local file for {@code url} (without fragment), or {@code null} when the prefix does not match or the rest leaves the target. */
    public Path localFile(String url) {
        if (!url.startsWith(prefix)) {
            return null;
        }
        String rest = url.substring(prefix.length());
        if (rest.isEmpty()) {
            return target;
        }
        Path file =
                target.resolve(rest.startsWith("/") ? rest.substring(1) : rest).normalize();
        return file.startsWith(target) ? file : null;
    }

    @Override
    public String toString() {
        return prefix + "=" + target;
    }
}

package dev.bindery.codegen;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param relativePath path below the source root, with {@code /} separators, e.g.
 *     {@code schema/aws/ec2/ec2instancestatechangenotification/AWSEvent.java}
 * @param content the file's text (UTF-8 when written)
 */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath == null");
        Objects.requireNonNull(content, "content == null");
        if (relativePath.startsWith("/") || relativePath.contains("..") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("not a relative path: " + relativePath);
        }
    }
}

package dev.bindery.registry.content;

import dev.bindery.registry.error.Utf8;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content address of schema content: the lower-case hex SHA-256 of its UTF-8 bytes, exactly the
 * bytes stored. Text that has no UTF-8 form (a lone surrogate) has no address: the JDK's lenient
 * encoder would give it the address of the same text with {@code ?} in its place.
 */
public final class ContentHash {

    private ContentHash() {}

    /** @throws IllegalArgumentException when {@code content} holds a lone surrogate */
    public static String of(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Utf8.encode(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

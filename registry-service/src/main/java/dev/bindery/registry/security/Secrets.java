package dev.bindery.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Generates access key ids, secrets and tokens from {@link SecureRandom}, hashes token secrets, and
 * compares secrets in constant time.
 *
 * <p>An access key id looks like AWS's ({@code BKIA} and 16 characters of A–Z, 2–7), so tools that
 * check the shape accept it; its secret is 40 characters, as AWS's. A token is
 * {@code bdt_<16-character id>_<43-character secret>}: the id finds the row, only the secret's
 * SHA-256 is stored, and the secret carries 256 bits.
 */
public final class Secrets {

    static final String TOKEN_PREFIX = "bdt_";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final char[] SECRET_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    public static String newAccessKeyId() {
        return "BKIA" + random(BASE32, 16);
    }

    public static String newSecretAccessKey() {
        return random(SECRET_CHARS, 40);
    }

    public static String newTokenId() {
        return random(BASE32, 16).toLowerCase(java.util.Locale.ROOT);
    }

    public static String newTokenSecret() {
        return random(TOKEN_CHARS, 43);
    }

    public static String token(String tokenId, String secret) {
        return TOKEN_PREFIX + tokenId + "_" + secret;
    }

    /** The hex SHA-256 of a token secret: what is stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    /** Whether two secrets (or hashes) are equal, in time that depends only on their lengths. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}

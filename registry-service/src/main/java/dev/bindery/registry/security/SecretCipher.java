package dev.bindery.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts access-key secrets at rest with AES-256-GCM (the JDK's provider), bound to the key id
 * they belong to as associated data, so a ciphertext copied to another row does not decrypt.
 * The stored form is {@code v1:<key fingerprint>:<base64(iv || ciphertext)>}: a secret encrypted
 * under another server key is reported as such instead of as a corrupt row.
 */
public final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String fingerprint;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes (256 bits), not " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.fingerprint = fingerprint(keyBytes);
    }

    /** The first 8 hex digits of the key's SHA-256: names the key without revealing it. */
    public String fingerprint() {
        return fingerprint;
    }

    public String encrypt(String secret, String boundTo) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + fingerprint + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** The secret, or an IllegalStateException that says why it cannot be read (never the secret). */
    public String decrypt(String stored, String boundTo) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !(parts[0] + ":").equals(PREFIX)) {
            throw new IllegalStateException("the stored secret of " + boundTo + " is not in a known format");
        }
        if (!parts[1].equals(fingerprint)) {
            throw new IllegalStateException("the secret of " + boundTo + " was encrypted under server key "
                    + parts[1] + ", but this server's key is " + fingerprint
                    + ": every instance on one database needs the same BINDERY_AUTH_SECRET_KEY");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored secret of " + boundTo + " does not decrypt: it was altered");
        }
    }

    private static String fingerprint(byte[] keyBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}

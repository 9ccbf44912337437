package dev.bindery.registry.security.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing keys of Signature Version 4, {@code HMAC("AWS4" + secret, date)} chained through
 * region, service and {@code aws4_request}, with a small bounded cache of the derived keys per access
 * key id, date, region and service. A cached key is used only for the secret it was derived from, so
 * a rotated secret takes effect at once. When the cache is full an arbitrary entry makes room
 * (racing writers may overshoot the capacity by their number); the scope checks before derivation
 * keep the entries to known access keys on one or two days.
 */
final class SigningKeys {

    static final String HMAC_SHA256 = "HmacSHA256";

    private final int capacity;
    private final ConcurrentHashMap<Scope, Derived> cache;

    SigningKeys(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity < 1: " + capacity);
        }
        this.capacity = capacity;
        this.cache = new ConcurrentHashMap<>(Math.min(capacity, 64) * 2);
    }

    /** The signing key for {@code secret} in the scope, from the cache if derived before. */
    byte[] signingKey(String accessKeyId, String secret, String date, String region, String service) {
        Scope scope = new Scope(accessKeyId, date, region, service);
        Derived derived = cache.get(scope);
        if (derived != null && derived.secret().equals(secret)) {
            return derived.key();
        }
        byte[] key = derive(secret, date, region, service);
        if (derived == null && cache.size() >= capacity) {
            evictOne();
        }
        cache.put(scope, new Derived(secret, key));
        return key;
    }

    /** How many keys are cached. */
    int size() {
        return cache.size();
    }

    static byte[] derive(String secret, String date, String region, String service) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    static byte[] hmac(byte[] key, String data) {
        return hmac(key, data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + HMAC_SHA256, e);
        }
    }

    private void evictOne() {
        Iterator<Scope> keys = cache.keySet().iterator();
        if (keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private record Scope(String accessKeyId, String date, String region, String service) {}

    /** A derived key and the secret it came from. Callers of {@link #signingKey} only read the array. */
    private record Derived(String secret, byte[] key) {

        Derived {
            Objects.requireNonNull(secret, "secret == null");
        }

        @Override
        public String toString() {
            return "Derived[secret and key not shown]";
        }
    }
}

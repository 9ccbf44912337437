package dev.bindery.registry.discovery;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Details of a steady order source whose shape settles: ids and amounts that differ every time, code
 * sets ({@code status}, {@code tier}), optional fields of several frequencies.
 */
final class OrderDetails {

    static final List<String> STATUSES = List.of("PLACED", "PAID", "SHIPPED", "DELIVERED");
    static final List<String> TIERS = List.of("gold", "silver", "bronze");

    private final Random random;

    OrderDetails(long seed) {
        this.random = new Random(seed);
    }

    /** The next detail; {@code producer} adds a field of its own (several producers, one schema). */
    String next(int producer) {
        StringBuilder detail = new StringBuilder("{\"orderId\":\"")
                .append(UUID.nameUUIDFromBytes(
                        Long.toString(random.nextLong()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .append("\",\"status\":\"")
                .append(STATUSES.get(random.nextInt(STATUSES.size())))
                .append("\",\"tier\":\"")
                .append(TIERS.get(random.nextInt(TIERS.size())))
                .append("\",\"amount\":")
                .append(random.nextInt(100_000) / 100.0);
        if (random.nextInt(4) == 0) {
            detail.append(",\"coupon\":\"C").append(random.nextInt(1_000_000)).append('"');
        }
        if (random.nextInt(20) == 0) {
            detail.append(",\"gift\":{\"message\":\"m").append(random.nextInt()).append("\"}");
        }
        detail.append(",\"producer").append(producer).append("\":true");
        return detail.append('}').toString();
    }
}

package dev.bindery.registry.discovery.inference;

import java.time.Instant;
import java.util.List;

/** Test helpers: fold JSON text into shapes. */
final class Events {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Events() {}

    static ShapeSnapshot envelope(String source, String detailType, String... events) {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope(source, detailType);
        for (int i = 0; i < events.length; i++) {
            acc.add(events[i], T0.plusSeconds(i));
        }
        return acc.snapshot();
    }

    static ShapeSnapshot samples(String... events) {
        return samples(List.of(events));
    }

    static ShapeSnapshot samples(List<String> events) {
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        for (String e : events) {
            acc.add(e, T0);
        }
        return acc.snapshot();
    }

    /** The schema of the {@code Event} component of bare samples, as compact JSON. */
    static String eventSchema(String... events) {
        return component(samples(events), "Event");
    }

    static String component(ShapeSnapshot snapshot, String name) {
        try {
            return Json.MAPPER
                    .readTree(snapshot.toOpenApi())
                    .path("components")
                    .path("schemas")
                    .path(name)
                    .toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

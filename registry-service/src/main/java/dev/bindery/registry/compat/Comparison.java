package dev.bindery.registry.compat;

import java.util.List;

final class Comparison {
    Comparison(DiffLimits limits, SchemaDocument older, SchemaDocument newer) {}

    List<Difference> run() {
        throw new UnsupportedOperationException("not yet");
    }
}

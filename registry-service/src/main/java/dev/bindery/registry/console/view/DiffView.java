package dev.bindery.registry.console.view;

import java.util.List;

/** Two versions side by side with the compatibility findings between them. */
public record DiffView(
        String registry,
        String schema,
        long from,
        long to,
        List<Long> versions,
        String policy,
        List<LineDiff.Row> rows,
        List<FindingView> findings) {

    public DiffView {
        versions = List.copyOf(versions);
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    public long breakingCount() {
        return findings.stream().filter(FindingView::breaking).count();
    }

    public String schemaHref() {
        return Urls.schema(registry, schema);
    }

    public String action() {
        return Urls.schema(registry, schema) + "/diff";
    }
}

package org.parallax.core.ingest;

import java.util.List;

/** The per-file outcomes of one import, in the order the files were read. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<ImportOutcome> skipped() {
        return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.SKIPPED).toList();
    }

    /** True when at least one file gave an article (new or already in the library). */
    public boolean anyArticle() {
        return outcomes.stream().anyMatch(o -> o.status() != ImportOutcome.Status.SKIPPED);
    }
}

package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.List;

final class QuoteGrouper {
    private final ClaimComparer.Options options;

    QuoteGrouper(ClaimComparer.Options options) {
        this.options = options;
    }

    List<QuoteGroup> group(List<ComparedArticle> articles, List<FigureGroup> figures) {
        return new ArrayList<>();
    }
}

package org.parallax.core.compare;

import java.util.List;
import org.parallax.core.article.Span;

/**
 * Cuts a body into the passages the {@link Comparer} aligns (sentences). The comparison takes any
 * implementation; spans that overlap, fall outside the body or come out of order are repaired (sorted,
 * clipped, overlaps dropped), and text between spans is simply not compared.
 */
@FunctionalInterface
public interface PassageSplitter {

    /** Passage spans of {@code body}, in reading order. */
    List<Span> split(String body);

    /** The built-in rule-based sentence splitter: line breaks, then sentence ends with abbreviations kept. */
    static PassageSplitter sentences() {
        return SentenceSplitter.INSTANCE;
    }
}

package org.parallax.core.compare.text;


import java.util.List;
import org.parallax.core.article.Span;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;

/**
 * Cuts a body into the passages the {@link org.parallax.core.compare.align.Aligner} aligns (sentences). The comparison takes any
 * implementation; spans that overlap, fall outside the body or come out of order are repaired (sorted,
 * clipped, overlaps dropped), and text between spans is simply not compared.
 */
@FunctionalInterface
public interface PassageSplitter {

    /** Passage spans of {@code body}, in reading order. */
    List<Span> split(String body);

    /** Sentences, as the extraction sees them ({@link TextSplitter}): the same passages everywhere. */
    static PassageSplitter sentences() {
        TextSplitter splitter = new TextSplitter();
        return body -> splitter.sentences(body).stream().map(Sentence::span).toList();
    }
}

package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;

/**
 * Fuzzes {@link Extractor#extract}: any text gives an extraction whose figures, quotes and attributions point
 * inside the text, never an exception. Inputs: {@code ExtractorFuzzTestInputs/}.
 */
class ExtractorFuzzTest {

    private static final Extractor EXTRACTOR = new Extractor();

    @FuzzTest(maxDuration = "30s")
    void anyTextGivesAnExtractionInsideIt(String text) {
        Extraction ex = EXTRACTOR.extract(text);
        for (var f : ex.figures()) {
            assertSpan(f.span(), text);
            assertThat(f.text()).isEqualTo(text.substring(f.span().start(), f.span().end()));
        }
        for (var q : ex.quotes()) {
            assertSpan(q.span(), text);
            if (q.speakerSpan() != null) {
                assertSpan(q.speakerSpan(), text);
            }
        }
        for (var a : ex.attributions()) {
            assertSpan(a.cue(), text);
            if (a.sourceSpan() != null) {
                assertSpan(a.sourceSpan(), text);
            }
        }
    }

    private static void assertSpan(org.parallax.core.article.Span span, String text) {
        assertThat(span.start()).isBetween(0, span.end());
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
    }
}

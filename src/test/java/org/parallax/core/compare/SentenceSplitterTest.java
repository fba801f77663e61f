package org.parallax.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;

class SentenceSplitterTest {

    private static List<String> split(String s) {
        return PassageSplitter.sentences().split(s).stream().map(sp -> sp.of(s)).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLineBreaks() {
        assertThat(split("First one. Second one! Third?\nA headline without a stop\n\n  Last line.  "))
                .containsExactly("First one.", "Second one!", "Third?", "A headline without a stop", "Last line.");
    }

    @Test
    void keepsAbbreviationsInitialsAndNumbersTogether() {
        assertThat(split("U.S. President Joe Biden met Mr. Smith at 3.5 p.m. on Friday. Gen. Ryder spoke."))
                .containsExactly("U.S. President Joe Biden met Mr. Smith at 3.5 p.m. on Friday.", "Gen. Ryder spoke.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("\"This is an escalation.\" He left. “We think so,” she said. 'Quite.' Then"))
                .containsExactly("\"This is an escalation.\"", "He left.", "“We think so,” she said.", "'Quite.'", "Then");
    }

    @Test
    void doesNotSplitBeforeLowerCase() {
        assertThat(split("It rose 3 p.c. in May. it fell.")).containsExactly("It rose 3 p.c. in May. it fell.");
    }

    @Test
    void spansAreTrimmedOrderedAndNeverEmpty() {
        String s = "  \n . \n\n!!  A.  B  ";
        List<Span> spans = PassageSplitter.sentences().split(s);
        int last = 0;
        for (Span sp : spans) {
            assertThat(sp.length()).isPositive();
            assertThat(sp.start()).isGreaterThanOrEqualTo(last);
            assertThat(Character.isWhitespace(s.charAt(sp.start()))).isFalse();
            assertThat(Character.isWhitespace(s.charAt(sp.end() - 1))).isFalse();
            last = sp.end();
        }
        assertThat(PassageSplitter.sentences().split("")).isEmpty();
        assertThat(PassageSplitter.sentences().split("\u00a0\n \u200b \n\u202f")).isEmpty();
    }
}

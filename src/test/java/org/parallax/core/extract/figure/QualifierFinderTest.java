package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The qualifier finder on its own: the qualifier right before the number (the last token). */
class QualifierFinderTest {

    private static String qualifierOf(String text) {
        Tokens t = new Tokens(text);
        QualifierFinder.Qual q = new QualifierFinder(t).findQualifier(t.size - 1, 0);
        return q == null ? null : q.text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            they sent up to 5              | up to
            there were no more than 5      | no more than
            there were more than 5         | more than
            it has In  excess   of 5       | in excess of
            they counted an estimated 5    | an estimated
            they counted 5                 | -
            the ship went under 5          | under
            """)
    void longestPhraseWins(String text, String qualifier) {
        assertThat(qualifierOf(text)).isEqualTo(qualifier);
    }
}

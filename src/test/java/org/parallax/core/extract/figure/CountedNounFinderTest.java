package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counted-noun finder on its own: the noun phrase after the number at token 0. */
class CountedNounFinderTest {

    private static String phraseAfterFirstToken(String text) {
        Tokens t = new Tokens(text);
        CountedNounFinder.NounPhrase np = new CountedNounFinder(t).parseNounPhrase(1, true, false);
        return np == null ? null : text.substring(t.start[np.first()], t.end[np.head()]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            6000 South Sudanese troops were sent  | South Sudanese troops
            5 more soldiers arrived               | more soldiers
            3 of its neighbours agreed            | neighbours
            12 daily flights                      | daily flights
            5 were killed                         | -
            7 in the morning                      | -
            4 Tuesday                             | -
            """)
    void phraseEndsAtTheHead(String text, String phrase) {
        assertThat(phraseAfterFirstToken(text)).isEqualTo(phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The number of refugees rose to 500.  | refugees
            """)
    void aBareNumberBorrowsTheNounOfItsSentence(String text, String unit) {
        Tokens t = new Tokens(text);
        int number = 0;
        while (!t.isNum(number)) {
            number++;
        }
        Object[] counted = new CountedNounFinder(t).inferCounted(number, List.of());
        assertThat(counted).isNotNull();
        assertThat(counted[0]).isEqualTo(unit);
    }
}

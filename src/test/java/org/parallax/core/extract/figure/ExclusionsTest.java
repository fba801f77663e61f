package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exclusions on their own: whether the first number of a text, with no unit or noun, is a figure. */
class ExclusionsTest {

    private static boolean accepted(String text) {
        Tokens t = new Tokens(text);
        NumberParser numbers = new NumberParser(t);
        int i = 0;
        while (!t.isNum(i)) {
            i++;
        }
        ParsedNumber c = numbers.parseCore(i);
        UnitMatcher.UnitMatch um = new UnitMatcher(t).matchUnit(c.e, false);
        return new Exclusions(t, numbers).accept(c, null, um == null ? null : um.unit(), um != null, null, false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It happened on June 5 last year.
            It happened in 2023 again.
            See page 12 for more.
            The Falcon 9 rocket flew.
            The meeting starts at 10 pm sharp.
            Call 5551234567 today.
            The G20 met.
            """)
    void notFigures(String text) {
        assertThat(accepted(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The river rose 5 metres overnight.
            The toll stood at 1,450 on Monday.
            Prices rose 3.5% in May.
            """)
    void figures(String text) {
        assertThat(accepted(text)).as(text).isTrue();
    }
}

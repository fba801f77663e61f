package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.Figure;

/** What views read of two figures' values: the same number, or both possibly true; made-up sentences. */
class FigureValuesTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Figure first(String sentence) {
        List<Figure> figures = EXTRACTOR.extract(sentence).figures();
        assertThat(figures).as("figures of: " + sentence).isNotEmpty();
        return figures.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // qualifiers aside, the same number
        "At least 40 bridges closed.      | Officials said 40 bridges closed.  | true  | true",
        // a round thousand and a precise count: both can be true, not the same number
        "Some 3,000 bridges closed.       | In all 3,012 bridges closed.       | false | true",
        "The river rose 12 metres.        | The river rose 30 metres.          | false | false",
        "Between 10 and 20 ferries sank.  | Some 15 ferries sank.              | false | true",
    })
    void sameAndCompatible(String a, String b, boolean same, boolean compatible) {
        Figure x = first(a.strip());
        Figure y = first(b.strip());
        assertThat(FigureValues.same(x, y)).isEqualTo(same);
        assertThat(FigureValues.same(y, x)).isEqualTo(same);
        assertThat(FigureValues.compatible(x, y)).isEqualTo(compatible);
        assertThat(FigureValues.compatible(y, x)).isEqualTo(compatible);
    }
}

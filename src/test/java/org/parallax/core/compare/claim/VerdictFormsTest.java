package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.Figure;

/** Equal values in other forms, hedges and rounding, read from made-up sentences by the real extractor. */
class VerdictFormsTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static Figure first(String sentence) {
        List<Figure> figures = EXTRACTOR.extract(sentence).figures();
        assertThat(figures).as("figures of: " + sentence).isNotEmpty();
        return figures.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The bank cut rates by 25 basis points. | The bank cut rates by 0.25%.                     | AGREE",
        "The firm laid off half of its staff.   | The firm laid off 50% of its staff.              | AGREE",
        "Officials counted 5,500 other animals. | Officials counted 5,550 other animals.           | CONSISTENT",
        "About 3,700 jobs were cut.             | Some 3,738 jobs were cut.                        | CONSISTENT",
        "At least 55 people died.               | At least 60 people died.                         | CONSISTENT",
        "The toll rose to 2,000.                | The toll rose to 3,000.                          | DIFFER",
        "The company hired 300 engineers.       | The company hired 320 engineers.                 | DIFFER",
        "The epicentre was about 75 km away.    | The epicentre was 71 km away.                    | DIFFER",
        "Turnout was 70% in the north.          | Turnout was 68% in the north.                    | CONSISTENT",
        "Turnout was 70% in the north.          | Turnout was 74% in the north.                    | DIFFER",
        "Turnout was 65% in the north.          | Turnout was 67% in the north.                    | DIFFER",
    })
    void formsAndHedges(String a, String b, String expected) {
        assertThat(Verdicts.verdict(List.of(first(a.strip()), first(b.strip()))))
                .isEqualTo(Verdict.valueOf(expected.strip()));
    }
}

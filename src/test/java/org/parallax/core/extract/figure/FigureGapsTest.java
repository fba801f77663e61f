package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.extract.Figure;

/**
 * Kinds of text the extractor missed or misread on unseen articles (issue 13): fraction and compound forms,
 * "a"/"another" with a unit, changes "from X to Y", particle verbs before "up to", names and reference markers,
 * units before the number, counted nouns found elsewhere in the sentence, and numbers of other languages.
 */
class FigureGapsTest {

    private final FigureExtractor extractor = new FigureExtractor(true);

    private Figure only(String sentence) {
        List<Figure> figures = extractor.extract(sentence);
        assertThat(figures).as(sentence).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The bank raised rates by half a percentage point.       | half a percentage point       | 0.5  | percentage points
            It cut by half of a percentage point on Friday.         | half of a percentage point    | 0.5  | percentage points
            Analysts expect a quarter-point cut.                    | a quarter-point               | 0.25 | percentage points
            Markets priced in a half-point move.                    | a half-point                  | 0.5  | percentage points
            Yields rose by a percentage point.                      | a percentage point            | 1    | percentage points
            He signed a two-and-a-half-year contract.               | two-and-a-half-year           | 2.5  | years
            The feud lasted half a century.                         | half a century                | 0.5  | centuries
            The bridge stood for a century.                         | a century                     | 1    | centuries
            Two dozen homes were flooded.                           | Two dozen homes               | 24   | homes
            Four helicopters were sent to the coast.                | Four helicopters              | 4    | helicopters
            The layoffs came a week after the sale.                 | a week                        | 1    | weeks
            The water will rise by another meter overnight.         | another meter                 | 1    | metres
            They paid 25 basis points more.                         | 25 basis points               | 25   | basis points
            """)
    void fractionsCompoundsAndArticles(String sentence, String text, double value, String unit) {
        Figure f = only(sentence);
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.value()).isCloseTo(value, within(1e-9));
        assertThat(f.unit()).isEqualTo(unit);
    }

    @Test
    void aChangeFromOneValueToAnotherIsTwoFigures() {
        List<Figure> figures = extractor.extract("The deposit rate will fall from 4% to 3.75% next week.");
        assertThat(figures).extracting(Figure::text).containsExactly("4%", "3.75%");
        Figure range = only("Estimates ranging from 10,000 to 15,000 troops circulated.");
        assertThat(range.low()).isEqualTo(10_000.0);
        assertThat(range.high()).isEqualTo(15_000.0);
    }

    @Test
    void upAfterAParticleVerbIsNoQualifier() {
        Figure f = only("Growth could pick up to 0.9% next year.");
        assertThat(f.text()).isEqualTo("0.9%");
        assertThat(f.qualifier()).isNull();
        assertThat(only("They may send up to 100,000 troops.").qualifier()).isEqualTo("up to");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            When 21 News asked the agency, it declined to comment.
            The effect was small, as reported earlier.[3] It then grew.
            The second half of the year will be harder.
            It became the second-largest bank failure.
            Ventes: 71,4 millions d'euros.
            Про це повідомили 90 тисяч мешканців.
            It was a second time for him.
            """)
    void noFigure(String sentence) {
        assertThat(extractor.extract(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The magnitude 6.8 earthquake struck at night.           | magnitude 6.8   | 6.8   | magnitude
            The magnitude-6.8 earthquake struck at night.           | magnitude-6.8   | 6.8   | magnitude
            A 5.8 magnitude quake hit in 1960.                      | 5.8 magnitude   | 5.8   | magnitude
            Quakes of a magnitude of 4 are light.                   | magnitude of 4  | 4     | magnitude
            The death toll has now passed 2,000.                    | 2,000           | 2000  | deaths
            The quake left 296 dead.                                | 296 dead        | 296   | dead
            It was the 20-nation bloc's decision.                   | 20-nation       | 20    | nation
            Of the fish counted, 38,222 were minnows.               | 38,222          | 38222 | minnows
            It found 5,500 other types of fish.                     | 5,500 other types of fish | 5500 | fish
            One woman, Nataliya Korzh, 68, had swum to safety.      | 68              | 68    | years
            Nearly half of the staff left.                          | Nearly half     | 0.5   | fraction
            """)
    void unitsFoundAroundTheNumber(String sentence, String text, double value, String unit) {
        List<Figure> figures = extractor.extract(sentence);
        Figure f = figures.stream().filter(x -> x.value() != null && Math.abs(x.value() - value) < 1e-9)
                .findFirst().orElseThrow(() -> new AssertionError(sentence + " → " + figures));
        assertThat(f.text()).startsWith(text);
        assertThat(f.unit()).isEqualTo(unit);
    }

    @Test
    void aDateAbbreviationDoesNotEndTheSentence() {
        List<Figure> figures = extractor.extract(
                "The number of fish that died after the Feb. 3 derailment is now in excess of 43,000.");
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).unit()).isEqualTo("fish");
    }
}

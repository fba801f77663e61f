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
            Six boats were sent to the coast.                       | Six boats                     | 6    | boats
            The layoffs came a week after the sale.                 | a week                        | 1    | weeks
            The river may rise by another metre overnight.          | another metre                 | 1    | metres
            They paid 50 basis points more.                         | 50 basis points               | 50   | basis points
            It lasted a year and a half.                            | a year and a half             | 1.5  | years
            The lake holds 18 cubic kilometres of water.            | 18 cubic kilometres           | 18   | cubic kilometres
            On the ridge six died overnight.                        | six                           | 6    | deaths
            """)
    void fractionsCompoundsAndArticles(String sentence, String text, double value, String unit) {
        Figure f = only(sentence);
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.value()).isCloseTo(value, within(1e-9));
        assertThat(f.unit()).isEqualTo(unit);
    }

    @Test
    void aChangeFromOneValueToAnotherIsTwoFigures() {
        List<Figure> figures = extractor.extract("The base rate will fall from 5.5% to 5.25% next month.");
        assertThat(figures).extracting(Figure::text).containsExactly("5.5%", "5.25%");
        Figure range = only("Estimates ranging from 7,000 to 9,000 troops circulated.");
        assertThat(range.low()).isEqualTo(7_000.0);
        assertThat(range.high()).isEqualTo(9_000.0);
    }

    @Test
    void upAfterAParticleVerbIsNoQualifier() {
        Figure f = only("Output could pick up to 1.4% next year.");
        assertThat(f.text()).isEqualTo("1.4%");
        assertThat(f.qualifier()).isNull();
        assertThat(only("They may send up to 30,000 troops.").qualifier()).isEqualTo("up to");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            When 12 News asked the agency, it declined to comment.
            The effect was small, as reported earlier.[3] It then grew.
            The second half of the year will be harder.
            It became the third-largest retailer.
            Ventes: 52,7 millions d'euros.
            Про це повідомили 40 тисяч мешканців.
            It was a second time for him.
            """)
    void noFigure(String sentence) {
        assertThat(extractor.extract(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The magnitude 7.1 earthquake struck at night.           | magnitude 7.1   | 7.1   | magnitude
            The magnitude-5.9 earthquake struck at night.           | magnitude-5.9   | 5.9   | magnitude
            A 6.2 magnitude quake hit in 1987.                      | 6.2 magnitude   | 6.2   | magnitude
            Quakes of a magnitude of 3 are light.                   | magnitude of 3  | 3     | magnitude
            The death toll climbed past 1,450 on Sunday.            | 1,450           | 1450  | deaths
            The storm left 83 dead.                                 | 83 dead         | 83    | dead
            It was the 27-nation bloc's decision.                   | 27-nation       | 27    | nation
            Of the birds counted, 1,240 were gulls.                 | 1,240           | 1240  | gulls
            It found 800 other kinds of birds.                      | 800 other kinds of birds | 800 | birds
            One farmer, Tomas Berg, 54, had walked home.            | 54              | 54    | years
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
                "The number of sheep lost since the Jan. 9 flood is now in excess of 1,200.");
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).unit()).isEqualTo("sheep");
    }

    @Test
    void onlyEnglishIsRead() {
        String text = "Le bilan atteint 2 000 morts et 71,4 millions d'euros.";
        assertThat(extractor.extract(text, java.util.Locale.FRENCH)).isEmpty();
        assertThat(extractor.extract("It cost $5 million.", java.util.Locale.ENGLISH)).hasSize(1);
        assertThat(extractor.extract("It cost $5 million.", null)).hasSize(1);
        assertThat(FigureExtractor.reads(java.util.Locale.forLanguageTag("uk"))).isFalse();
    }

    @Test
    void aPartCountsWhatItsWholeCounts() {
        List<Figure> figures = extractor.extract("Eight of the thirty wagons were empty.");
        assertThat(figures).extracting(Figure::text).containsExactly("Eight", "thirty wagons");
        assertThat(figures.get(0).unit()).isEqualTo("wagons");
        assertThat(extractor.extract("It passed with all but one of the 12 votes.")).extracting(Figure::text)
                .containsExactly("12 votes");
    }
}

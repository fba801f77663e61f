package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.extract.Figure;

class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private Figure only(String sentence) {
        List<Figure> figures = extractor.extract(sentence);
        assertThat(figures).as(sentence).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The army has 100,000 troops.                  | 100,000 troops               | 100000
            It weighs 1.5 kg.                             | 1.5 kg                       | 1.5
            There are 10 000 people here.                 | 10 000 people                | 10000
            They sent three generals.                     | three generals               | 3
            They sent a dozen drones.                     | a dozen drones               | 12
            It costs 1.5 million dollars.                 | 1.5 million dollars          | 1500000
            Aid of $2bn was pledged.                      | $2bn                         | 2000000000
            He paid €5 million for it.                    | €5 million                   | 5000000
            He paid £2,000 for it.                        | £2,000                       | 2000
            She has two hundred and fifty-three cats.     | two hundred and fifty-three cats | 253
            It took twenty-one days.                      | twenty-one days              | 21
            It marks the 1,000th day of the war.          | 1,000th day                  | 1000
            Prices rose four times over.                  | four times                   | 4
            Sales are tripling this year.                 | tripling                     | 3
            They counted 10,000+ protesters.              | 10,000+ protesters           | 10000
            A two-hour meeting was held.                  | two-hour                     | 2
            Half a million people fled.                   | Half a million people        | 500000
            Two-thirds of voters agreed.                  | Two-thirds                   | 0.6666666666666666
            It lasted two and a half years.               | two and a half years         | 2.5
            It is 170mm wide.                             | 170mm                        | 170
            """)
    void numbersAndScales(String sentence, String text, double value) {
        Figure f = only(sentence);
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.value()).isCloseTo(value, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kyiv expects 10,000 to 15,000 troops.            | 10,000 to 15,000 troops          | 10000 | 15000
            Kyiv expects 10,000–15,000 troops.               | 10,000–15,000 troops             | 10000 | 15000
            It is between 25 and 40 miles away.              | 25 and 40 miles                  | 25    | 40
            Rotations happen every two to three months.      | two to three months              | 2     | 3
            It costs 10 to 15 million euros.                 | 10 to 15 million euros           | 10000000 | 15000000
            It costs $3 billion to $5 billion.               | $3 billion to $5 billion         | 3000000000 | 5000000000
            It lasted three or four years.                   | three or four years              | 3     | 4
            """)
    void ranges(String sentence, String text, double low, double high) {
        Figure f = only(sentence);
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.value()).isNull();
        assertThat(f.low()).isEqualTo(low);
        assertThat(f.high()).isEqualTo(high);
        assertThat(f.isRange()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            North Korea could send up to 100,000 troops.   | up to          | 100000
            Russia lost more than 600,000 soldiers.        | more than      | 600000
            Over 10,000 soldiers arrived.                  | over           | 10000
            At least 271 structures burned.                | at least       | 271
            About 100,000 soldiers trained.                | about          | 100000
            It sent some 10,000 troops.                    | some           | 10000
            It may have as many as 12,000 soldiers.        | as many as     | 12000
            An estimated 5,000 people fled.                | an estimated   | 5000
            It is lower than 1 p.c of the force.           | lower than     | 1
            Nearly 300 homes were lost.                    | nearly         | 300
            """)
    void qualifiers(String sentence, String qualifier, double value) {
        Figure f = only(sentence);
        assertThat(f.qualifier()).isEqualTo(qualifier);
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.text().toLowerCase()).startsWith(qualifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It supplies thousands of troops.              | thousands of troops        | thousands of
            Forces hold hundreds of square miles.         | hundreds of square miles   | hundreds of
            They control several hundred square kilometres. | several hundred square kilometres | several hundred
            The 1000’s of North Korean troopers arrived.  | 1000’s of North Korean troopers | 1000’s of
            Tens of thousands of people marched.          | Tens of thousands of people | tens of thousands of
            Dozens of homes were hit.                     | Dozens of homes            | dozens of
            """)
    void vagueMagnitudes(String sentence, String text, String qualifier) {
        Figure f = only(sentence);
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.qualifier()).isEqualTo(qualifier);
        assertThat(f.isVague()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russia advanced 478 square kilometers.   | square kilometres | area     | 478
            Russia advanced 184 square miles.        | square miles      | area     | 476.557812
            Ukraine holds 600 sq km of it.           | square kilometres | area     | 600
            The road is 12 miles long.               | miles             | length   | 19.312128
            It fired 240mm rockets.                  | mm                | length   | 0.00024
            Turnout was 10% higher.                  | percent           | percent  | 10
            Turnout was 10 per cent higher.          | percent           | percent  | 10
            It delivered 20 tonnes of aid.           | tonnes            | mass     | 20000
            The talks lasted six weeks.              | weeks             | duration | 42
            It cost 500 dollars.                     | dollars           | money    | 500
            """)
    void unitsAreNormalised(String sentence, String unit, String dimension, double canonical) {
        Figure f = only(sentence);
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.dimension()).isEqualTo(dimension);
        assertThat(f.canonicalValue()).isCloseTo(canonical, within(1e-6));
    }

    @Test
    void equalAreasCompareEqualAcrossUnits() {
        List<Figure> figures = extractor.extract("It advanced 478 square kilometers (184 square miles) this month.");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).canonicalValue()).isCloseTo(figures.get(1).canonicalValue(), within(2.0));
        assertThat(figures.get(0).dimension()).isEqualTo(figures.get(1).dimension());
    }

    @Test
    void moneyKeepsItsCurrency() {
        assertThat(only("It pledged €5 million.").currency()).isEqualTo("EUR");
        assertThat(only("It pledged $2bn.").currency()).isEqualTo("USD");
        assertThat(only("It pledged £2,000.").currency()).isEqualTo("GBP");
    }

    @Test
    void listsShareTheUnitOfTheLastMember() {
        List<Figure> figures = extractor.extract("Those gains followed 477 and 459 square-kilometer advances.");
        assertThat(figures).extracting(Figure::text).containsExactly("477", "459 square-kilometer");
        assertThat(figures).extracting(Figure::unit).containsOnly("square kilometres");
    }

    @Test
    void subjectAndHeadOfTheCountedNoun() {
        Figure f = only("Putin has brought 11,000 North Korean troops to the border.");
        assertThat(f.subject()).isEqualTo("North Korean troops");
        assertThat(f.subjectHead()).isEqualTo("troop");
        assertThat(f.unit()).isEqualTo("troops");
    }

    @Test
    void bareNumbersBorrowTheCountedNounOfThePreviousSentence() {
        List<Figure> figures = extractor.extract("Putin has brought 11,000 troops. This may grow to 100,000.");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(1).text()).isEqualTo("100,000");
        assertThat(figures.get(1).unit()).isEqualTo("troops");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            troops      | troop
            soldiers    | troop
            troopers    | troop
            servicemen  | troop
            forces      | troop
            personnel   | troop
            people      | person
            civilians   | person
            casualties  | casualty
            missiles    | missile
            howitzers   | artillery
            neighbors   | neighbor
            """)
    void kindsGroupSynonyms(String head, String kind) {
        assertThat(FigureExtractor.kind(head)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Washington DC (UPI) Nov 20, 2024
            Bloomberg reported on 17 November.
            It was launched in February 2022.
            The launch is set for October 14.
            The war started in 2022.
            He spoke at the Group of 20 summit.
            Leaders met at the G20 summit.
            It is the worst war since World War II.
            Tianzhou 8 docks with the station.
            It fired Patriot PAC-3 missiles.
            Russia was attacked for the first time.
            It raised the involvement of a third state.
            It happened in the first weeks of the war.
            There is just one conclusion.
            It is one other signal.
            This is one ingredient of the effort.
            They avoided a second mobilisation.
            Troops rotate every few months.
            It lasted several weeks.
            Lots of vehicles were sent.
            See page 5 for details.
            Call 555-123-4567 today.
            The meeting starts at 10:30 on Monday.
            The meeting starts at 5 p.m. sharp.
            Article 1234567 was updated.
            The score was 2-0 at half time.
            """)
    void notFigures(String sentence) {
        assertThat(extractor.extract(sentence)).as(sentence).isEmpty();
    }

    @Test
    void ordinalsOfRealCountsAfterAPossessive() {
        Figure f = only("She made her second visit in a year.".replace(" in a year", ""));
        assertThat(f.value()).isEqualTo(2.0);
    }
}

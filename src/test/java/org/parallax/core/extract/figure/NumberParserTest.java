package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number parser on its own: the value of the expression at the first token, and where it ends. */
class NumberParserTest {

    private static ParsedNumber parse(String text) {
        Tokens t = new Tokens(text);
        NumberParser p = new NumberParser(t);
        assertThat(p.mayStart(0)).as(text).isTrue();
        return p.parseCore(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12,500 troops           | 12500      | 12,500
            1.5 million people      | 1500000    | 1.5 million
            $2bn in aid             | 2000000000 | $2bn
            10k runners             | 10000      | 10k
            twenty-one days         | 21         | twenty-one
            two hundred and five    | 205        | two hundred and five
            a dozen eggs            | 12         | a dozen
            half a million people   | 500000     | half a million
            two-thirds of voters    | 0.6666666666666666 | two-thirds
            3/4 of them             | 0.75       | 3/4
            2 1/2 hours             | 2.5        | 2 1/2
            tripled                 | 3          | tripled
            """)
    void readsTheValueAndTheEnd(String text, double value, String covered) {
        ParsedNumber c = parse(text);
        Tokens t = new Tokens(text);
        assertThat(c).as(text).isNotNull();
        assertThat(c.value).as(text).isCloseTo(value, within(1e-9));
        assertThat(text.substring(t.start[c.s], t.end[c.e - 1])).isEqualTo(covered);
    }

    @Test
    void vagueMagnitudesHaveNoValue() {
        ParsedNumber c = parse("tens of thousands of people");
        assertThat(c.vague).isTrue();
        assertThat(c.vagueText).isEqualTo("tens of thousands of");
    }

    @Test
    void ordinalsAndCurrenciesAreMarked() {
        assertThat(parse("21st century").ordinal).isTrue();
        assertThat(parse("€5 million").currency.currency()).isEqualTo("EUR");
    }

    @Test
    void aRangeEndTakesTheScaleOfTheOther() {
        String text = "10 to 15 million";
        Tokens t = new Tokens(text);
        NumberParser p = new NumberParser(t);
        ParsedNumber low = p.parseCore(0);
        ParsedNumber high = p.tryRange(low, low.e, false, false);
        assertThat(high).isNotNull();
        assertThat(high.value).isEqualTo(15e6);
        assertThat(high.lowScaled).isEqualTo(10e6);
    }

    @Test
    void aDescendingDashIsNoRange() {
        String text = "2-0";
        Tokens t = new Tokens(text);
        NumberParser p = new NumberParser(t);
        ParsedNumber low = p.parseCore(0);
        assertThat(p.tryRange(low, low.e, false, false)).isNull();
    }

    @Test
    void wordsThatAreNoNumberDoNotStart() {
        Tokens t = new Tokens("the troops");
        NumberParser p = new NumberParser(t);
        assertThat(p.mayStart(0)).isFalse();
        assertThat(p.mayStart(1)).isFalse();
    }
}

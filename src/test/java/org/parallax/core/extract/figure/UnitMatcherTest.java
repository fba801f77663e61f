package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit matcher on its own: the unit after the number (token 0), or none. */
class UnitMatcherTest {

    private static UnitMatcher.UnitMatch after(String text) {
        Tokens t = new Tokens(text);
        return new UnitMatcher(t).matchUnit(1, false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            312 square kilometers wide | square kilometres | area
            5 per cent more            | percent           | percent
            5%                         | percent           | percent
            170mm shells               | mm                | length
            3 km/h                     | km/h              | speed
            20 sq km                   | square kilometres | area
            40 km² of land             | square kilometres | area
            5m deep                    | metres            | length
            30 °C                      | °C                | temperature
            2 percentage points        | percentage points | percentage points
            7 euros each               | euros             | money
            """)
    void findsTheLongestForm(String text, String name, String dimension) {
        UnitMatcher.UnitMatch m = after(text);
        assertThat(m).as(text).isNotNull();
        assertThat(m.unit().name()).isEqualTo(name);
        assertThat(m.unit().dimension()).isEqualTo(dimension);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5 m away
            5 miners
            3 troops
            """)
    void noUnitWhereThereIsNone(String text) {
        // "5 m away": a glued-only form needs the number glued to it; "miners" is no "mi"
        assertThat(after(text)).as(text).isNull();
    }
}

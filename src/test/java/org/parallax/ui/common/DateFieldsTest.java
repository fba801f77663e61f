package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date fields' reading and writing, without a display. */
class DateFieldsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 13);

    @Test
    void readsIsoInEveryLocale() {
        for (Locale locale : new Locale[] {Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN}) {
            assertThat(DateFields.parse("2023-09-13", locale)).as(locale.toString()).contains(DAY);
            assertThat(DateFields.parse(" 2023-9-13 ".replace("-9-", "/9/"), locale)).as(locale.toString()).contains(DAY);
        }
    }

    @Test
    void readsTheLocalesOwnForms() {
        assertThat(DateFields.parse("9/13/23", Locale.US)).contains(DAY);
        assertThat(DateFields.parse("Sep 13, 2023", Locale.US)).contains(DAY);
        assertThat(DateFields.parse("September 13, 2023", Locale.US)).contains(DAY);
        assertThat(DateFields.parse("13/09/2023", Locale.UK)).contains(DAY);
        assertThat(DateFields.parse("13.09.23", Locale.GERMANY)).contains(DAY);
    }

    @Test
    void textThatIsNoDateGivesNothingAndThrowsNothing() {
        assertThat(DateFields.parse("2023-13-45", Locale.US)).isEmpty();
        assertThat(DateFields.parse("yesterday", Locale.US)).isEmpty();
        assertThat(DateFields.parse("   ", Locale.US)).isEmpty();
        assertThat(DateFields.parse(null, Locale.US)).isEmpty();
    }

    @Test
    void showsIsoLikeTheCommandLine() {
        assertThat(DateFields.format(DAY)).isEqualTo("2023-09-13");
        assertThat(DateFields.format(null)).isEmpty();
    }
}

package org.parallax.ui.compare;

import java.time.LocalDate;

/**
 * One outlet's version of a highlighted item, as listed in the highlight's popover. Any field but
 * {@code outlet} and {@code wording} may be {@code null}.
 *
 * @param outlet  the outlet (or the missing-outlet label of {@link OutletNames})
 * @param date    its publication date
 * @param wording the words as written ("roughly 11,000 North Korean soldiers")
 * @param value   the normalised value, if a figure ("11,000"; "10,000–15,000")
 * @param source  who the outlet credits ("Zelensky", "Washington")
 */
public record Version(String outlet, LocalDate date, String wording, String value, String source) {
}

package org.parallax.core.extract;

import org.parallax.core.article.Span;

/**
 * A quantity stated in an article: "up to 100,000 troops", "10,000 to 15,000", "478 square kilometers".
 *
 * @param span           where the figure stands in the body; covers qualifier, number and unit word where adjacent
 * @param text           the body text at {@code span}
 * @param value          the number in the unit as written, scale words applied ("1.5 million" → 1500000);
 *                       {@code null} for a range or a vague amount
 * @param low            lower end of a range, else {@code null}
 * @param high           upper end of a range, else {@code null}
 * @param qualifier      "up to", "more than", "about"… lower-case as written, or {@code null}; for a vague
 *                       amount the vague words ("thousands of", "several hundred")
 * @param unit           the counted noun as written ("troops", "troopers") or a canonical measure unit
 *                       ("square kilometres", "percent", "mm", "dollars", "times", "days"), or {@code null}
 * @param subject        the noun phrase the number counts or measures ("North Korean troops"), or {@code null}
 * @param subjectHead    the normalised head of the subject (lemma: "troop"), or {@code null}
 * @param attribution    index into {@link Extraction#attributions()} of the attribution covering this figure,
 *                       or -1
 * @param dimension      what kind of quantity: "count", "area", "length", "mass", "volume", "duration", "age",
 *                       "money", "percent", "percentage points", "ratio", "speed", "temperature", "power",
 *                       "energy", "data", "degrees"; {@code null} when unknown
 * @param canonicalValue {@code value} in the dimension's base unit, so that equal quantities compare equal:
 *                       km² (area), km (length), kg (mass), litres (volume), days (duration), years (age),
 *                       km/h (speed), °C (temperature), MW (power), MWh (energy), GB (data); money stays in
 *                       its {@code currency} (never converted); counts, percent and ratios are unchanged
 * @param canonicalLow   {@code low} in the base unit, or {@code null}
 * @param canonicalHigh  {@code high} in the base unit, or {@code null}
 * @param currency       ISO 4217 code for money ("USD", "EUR", "GBP"…), else {@code null}
 */
public record Figure(Span span, String text, Double value, Double low, Double high, String qualifier,
                     String unit, String subject, String subjectHead, int attribution,
                     String dimension, Double canonicalValue, Double canonicalLow, Double canonicalHigh,
                     String currency) {

    /** A figure without normalisation (dimension, canonical values and currency unknown). */
    public Figure(Span span, String text, Double value, Double low, Double high, String qualifier,
                  String unit, String subject, String subjectHead, int attribution) {
        this(span, text, value, low, high, qualifier, unit, subject, subjectHead, attribution,
                null, null, null, null, null);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isRange() {
        return value == null && low != null && high != null;
    }

    public boolean isVague() {
        return value == null && low == null && high == null;
    }

    public Figure withAttribution(int index) {
        return new Figure(span, text, value, low, high, qualifier, unit, subject, subjectHead, index,
                dimension, canonicalValue, canonicalLow, canonicalHigh, currency);
    }
}

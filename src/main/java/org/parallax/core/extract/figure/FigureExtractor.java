package org.parallax.core.extract.figure;

import java.util.List;
import java.util.Locale;

import org.parallax.core.extract.Figure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the quantities a fact-checker would check in an article body: counts ("11,000 North Korean troops"),
 * measures ("478 square kilometers", "170mm", "two-hour"), money ("$2bn"), percentages ("1 p.c"),
 * multipliers ("four times", "tripling"), ranges ("10,000 to 15,000") and vague magnitudes ("thousands of"),
 * each with its qualifier ("up to", "more than"), unit, counted noun phrase and character offsets.
 *
 * <p>A hand-written scanner over a flat token stream: no models, no regular expressions in the hot loop.
 * Dates, years, times of day, numbers inside names ("Group of 20", "G20", "PAC-3"), references ("page 5"),
 * phone numbers and identifiers are skipped, as are idioms with "one" and ordinals ("for the first time",
 * "a third state").
 *
 * <p>English only: {@link #extract(String, Locale)} gives no figures for another language; in English text a
 * number written with a decimal comma ("71,4") or followed by a word in another script ("90 тисяч") is no
 * figure. Built from {@link NumberParser}, {@link UnitMatcher}, {@link QualifierFinder},
 * {@link CountedNounFinder} and {@link Exclusions}, run by {@link FigureScan}; word lists are resource files
 * beside these classes (docs/figures.md).
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 */
public final class FigureExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(FigureExtractor.class);

    /**
     * The system property that makes the extractor strict: {@code -Dparallax.strict=true} (the test build sets
     * it in the surefire configuration), so that tests see every failure the product would forgive.
     */
    public static final String STRICT_PROPERTY = "parallax.strict";

    private final boolean strict;

    /** Forgiving unless the system property {@value #STRICT_PROPERTY} is {@code true}. */
    public FigureExtractor() {
        this(Boolean.getBoolean(STRICT_PROPERTY));
    }

    /**
     * @param strict {@code false}: a failure inside the scan skips the token (or the text) and is logged, the
     *               product keeps going; {@code true}: every such failure is rethrown (for tests)
     */
    public FigureExtractor(boolean strict) {
        this.strict = strict;
    }

    /**
     * The figures in {@code body}, in reading order, non-overlapping, each with {@code attribution} -1.
     * {@code null} or empty input gives an empty list. Never throws unless strict: a failure on one token
     * skips that token, a failure of the whole scan gives an empty list (both logged).
     */
    public List<Figure> extract(String body) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        try {
            return new FigureScan(body, strict).run();
        } catch (RuntimeException | StackOverflowError e) {
            if (strict) {
                throw e;
            }
            LOG.warn("figure extraction failed on a body of {} chars", body.length(), e);
            return List.of();
        }
    }

    /**
     * The figures in {@code body} written in {@code language}. Only English is read: for another language the
     * result is empty, so that a number written in conventions the extractor does not know ("71,4 millions",
     * "90 тисяч") never becomes a wrong figure. {@code null} or an empty language means English.
     */
    public List<Figure> extract(String body, Locale language) {
        return reads(language) ? extract(body) : List.of();
    }

    /** True when the extractor reads numbers in {@code language} (English only; {@code null} counts as English). */
    public static boolean reads(Locale language) {
        return language == null || language.getLanguage().isEmpty()
                || Locale.ENGLISH.getLanguage().equals(language.getLanguage());
    }

    /**
     * A comparison key for the head of a counted noun: one family, one key ("troops", "soldiers",
     * "troopers", "servicemen", "forces", "personnel" → "troop"); other nouns give their lemma.
     */
    public static String kind(String head) {
        return Nouns.kind(head);
    }
}

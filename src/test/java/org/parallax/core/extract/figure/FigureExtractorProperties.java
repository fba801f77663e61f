package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Figure;

/**
 * Seeded random tests on a strict extractor (every failure it would forgive is thrown): random and
 * adversarial text never breaks the invariants, and generated
 * "qualifier number noun" sentences parse to the value known by construction. Each failure names its seed.
 */
class FigureExtractorProperties {

    private static final long BASE_SEED = Long.getLong("figures.seed", 20241120L);
    private static final int RUNS = 300;

    private final FigureExtractor extractor = new FigureExtractor(true);

    private static final String[] PIECES = {"1", "0", "9", "10,000", "1,,,000", "1.5", ".5", "$", "€", "£", "%",
        "-", "–", "—", "+", "/", ":", "(", ")", "((", "))", " ", "  ", "\n", "\t", "\u200B", "\u200D", "\uFEFF",
        "\u00A0", "٣", "१२", "５", "𝟙", "\uD83D\uDE00", "\uD800", "\uDC00", "a", "an", "the", "one", "two",
        "hundred", "thousand", "million", "bn", "m", "k", "km", "sq", "square", "miles", "times", "percent", "per",
        "cent", "p.c", "up", "to", "more", "than", "about", "between", "and", "or", "of", "hundreds", "thousands",
        "several", "couple", "pair", "a", "troops", "soldiers", "November", "2024", "1000’s", "1000's", "’s", "'",
        "\"", "“", "”", "th", "st", "second", "third", "her", "its", "-hour", "-year-old", "G20", "PAC-3", "#",
        "No.", "page", ".", ",", ";", "?", "!", "x", "X", "e", "^", "~", "°", "C", "F", "²"};

    private static String randomText(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String adversarial(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "9".repeat(200 + r.nextInt(400)) + " troops";
            case 1 -> "1,,,000 and 1..2..3 and 1,000,00 and 10 000 000 000";
            case 2 -> "x".repeat(10_000 + r.nextInt(100)) + " 5 km " + "y ".repeat(5_000);
            case 3 -> "(".repeat(500) + "about 3 dozen" + ")".repeat(500);
            case 4 -> "$ € £ ¥ $$ €€ US$ 5$ $-5 $.5 $1e9";
            case 5 -> "1\u200B000 troops, 1\u200D5 km, \uFEFF3 \u00A0 000 people";
            case 6 -> "٣٠٠ جندي and १२३ and ５００ and 𝟙𝟚";
            case 7 -> "-".repeat(1000) + "5" + "-".repeat(1000);
            default -> randomText(r, 2000);
        };
    }

    private static void assertInvariants(String text, List<Figure> figures, long seed) {
        int lastEnd = 0;
        for (Figure f : figures) {
            assertThat(f.start()).as("seed %d: start inside text", seed).isBetween(0, text.length());
            assertThat(f.end()).as("seed %d: end inside text", seed).isBetween(f.start() + 1, text.length());
            assertThat(f.text()).as("seed %d: text equals substring", seed).isEqualTo(text.substring(f.start(), f.end()));
            assertThat(f.start()).as("seed %d: no overlap, reading order", seed).isGreaterThanOrEqualTo(lastEnd);
            assertThat(f.attribution()).as("seed %d: attribution", seed).isEqualTo(-1);
            if (f.value() != null) {
                assertThat(f.value()).as("seed %d: finite value", seed).isFinite();
            }
            lastEnd = f.end();
        }
    }

    @Test
    void randomTextKeepsTheInvariants() {
        for (int run = 0; run < RUNS; run++) {
            long seed = BASE_SEED + run;
            Random r = new Random(seed);
            String text = randomText(r, 1 + r.nextInt(200));
            List<Figure> figures = extractor.extract(text);
            assertInvariants(text, figures, seed);
        }
    }

    @Test
    void adversarialTextKeepsTheInvariants() {
        for (int run = 0; run < 60; run++) {
            long seed = BASE_SEED * 31 + run;
            Random r = new Random(seed);
            String text = adversarial(r);
            List<Figure> figures = extractor.extract(text);
            assertInvariants(text, figures, seed);
        }
        assertThat(extractor.extract(null)).isEmpty();
        assertThat(extractor.extract("")).isEmpty();
    }

    private static final String[] QUALIFIERS = {"", "up to", "more than", "over", "at least", "about", "around",
        "roughly", "some", "nearly", "almost", "fewer than", "as many as", "an estimated", "approximately",
        "just about", "less than", "close to"};
    private static final String[] NOUNS = {"troops", "soldiers", "people", "civilians", "missiles", "drones",
        "homes", "workers", "refugees", "vehicles"};
    private static final String[] UNITS_WORDS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};
    private static final String[] TENS_WORDS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    /** 1..999 in words. */
    static String words(int n) {
        StringBuilder sb = new StringBuilder();
        int h = n / 100;
        int rest = n % 100;
        if (h > 0) {
            sb.append(UNITS_WORDS[h]).append(" hundred");
            if (rest > 0) {
                sb.append(" and ");
            }
        }
        if (rest > 0) {
            if (rest < 10) {
                sb.append(UNITS_WORDS[rest]);
            } else if (rest < 20) {
                sb.append(new String[] {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                    "seventeen", "eighteen", "nineteen"}[rest - 10]);
            } else {
                sb.append(TENS_WORDS[rest / 10]);
                if (rest % 10 > 0) {
                    sb.append('-').append(UNITS_WORDS[rest % 10]);
                }
            }
        }
        return sb.toString();
    }

    static String digits(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    @Test
    void generatedSentencesParseToTheirValue() {
        for (int run = 0; run < RUNS; run++) {
            long seed = BASE_SEED * 7 + run;
            Random r = new Random(seed);
            String qualifier = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
            String noun = NOUNS[r.nextInt(NOUNS.length)];
            double expected;
            String number;
            switch (r.nextInt(4)) {
                case 0 -> {
                    long n = 2 + r.nextInt(2_000_000);
                    expected = n;
                    number = digits(n);
                }
                case 1 -> {
                    int n = 2 + r.nextInt(998);
                    expected = n;
                    number = words(n);
                }
                case 2 -> {
                    int whole = 1 + r.nextInt(99);
                    int tenth = r.nextInt(10);
                    String[] scales = {"million", "billion"};
                    int s = r.nextInt(2);
                    expected = (whole + tenth / 10.0) * (s == 0 ? 1e6 : 1e9);
                    number = whole + "." + tenth + " " + scales[s];
                }
                default -> {
                    int n = 2 + r.nextInt(98);
                    expected = n * 1000.0;
                    number = words(n) + " thousand";
                }
            }
            String phrase = (qualifier.isEmpty() ? "" : qualifier + " ") + number + " " + noun;
            String sentence = "Officials said on Tuesday that " + phrase + " were involved.";
            List<Figure> figures = extractor.extract(sentence);
            assertThat(figures).as("seed %d: %s", seed, sentence).hasSize(1);
            Figure f = figures.get(0);
            assertThat(f.value()).as("seed %d: value of %s", seed, sentence)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(Math.abs(expected) * 1e-9));
            assertThat(f.qualifier()).as("seed %d: qualifier of %s", seed, sentence)
                    .isEqualTo(qualifier.isEmpty() ? null : qualifier);
            assertThat(f.unit()).as("seed %d: unit of %s", seed, sentence).isEqualTo(noun);
            assertThat(f.text()).as("seed %d: text of %s", seed, sentence).isEqualTo(phrase);
            assertInvariants(sentence, figures, seed);
        }
    }
}

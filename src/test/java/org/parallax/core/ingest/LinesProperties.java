package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The line clean-up and splitting are hand-written scans for speed; on random text they give exactly what the
 * plain regular-expression definitions give.
 */
class LinesProperties {

    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+");
    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\u2028\u2029\u0085\u000B\f]");

    /** Characters that matter to the clean-up, and some that do not. */
    private static final String ALPHABET = "ab Z.,\t\u00A0\u1680\u2000\u2005\u200A\u200B\u200C\u200D\u2060\uFEFF"
            + "\u00AD\u202F\u205F\u3000\u0000\u0007\u0008\u000E\u001F\u007F\r\n\u2028\u2029\u0085\u000B\f\u00E9\u201C";

    @Test
    void cleanIsTheRegexDefinition() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String line = random(random);
            String expected = SPACES.matcher(CONTROL.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" "))
                    .replaceAll(" ").strip();
            assertThat(Lines.clean(line)).as("seed %d, line %s", seed, escape(line)).isEqualTo(expected);
        }
    }

    @Test
    void splitIsTheRegexDefinition() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random);
            List<String> expected = List.of(BREAKS.matcher(text).replaceAll("\n").split("\n", -1));
            assertThat(Lines.split(text)).as("seed %d, text %s", seed, escape(text)).isEqualTo(expected);
        }
    }

    private static String random(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int k = 0; k < n; k++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.toString();
    }
}

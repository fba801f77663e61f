package org.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;

/**
 * Property tests over random and adversarial text, with seeded generators: extraction never throws, every span
 * lies inside the text, quote text equals the body substring, and sentences cover the text in order without
 * overlap. Failures print the seed to replay.
 */
class ExtractorProperties {

    private static final String[] PIECES = {
        "\"", "“", "”", "‘", "’", "'", "«", "»", "„", " ", " ", " ", "\n", "\n\n", ".", ",", "!", "?", "…", "...",
        ":", ";", "(", ")", "[", "]", "-", "—", "\u200B", "\u200E", "\u202E", "\u00A0", "U.S.", "Gen.", "No. 5",
        "1.5", "Russia's", "‘70s", "rock ’n’ roll", "said", "told reporters", "according to", "he", "she", "it",
        "Zelensky", "Mark Rutte", "NATO chief", "the officials", "reportedly", "amid reports", "citing sources",
        "The", "a", "added", "warned", "stated", ", he said.", "\" said Biden.", "Dr.", "J.", "and", "\uD83D\uDE00",
        "\uD800", "word", "North Korea", "10,000", "sources familiar with", "(CSIS)", "who"
    };

    private final Extractor extractor = new Extractor();
    private final TextSplitter splitter = new TextSplitter();

    @Test
    void randomTextKeepsInvariants() {
        long base = System.nanoTime();
        for (int round = 0; round < 300; round++) {
            long seed = base + round;
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(400);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(5) == 0) {
                    b.append((char) r.nextInt(0x3000));
                } else {
                    b.append(PIECES[r.nextInt(PIECES.length)]);
                }
                if (r.nextBoolean()) {
                    b.append(' ');
                }
            }
            check(b.toString(), seed);
        }
    }

    @Test
    void adversarialInputsFinish() {
        check("\"".repeat(1000) + "word " + "\"".repeat(999), 1);
        check("“".repeat(1000) + "a b c d" + "”".repeat(1000), 2);
        check("‘".repeat(1000) + " x " + "’".repeat(1000), 3);
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            nested.append(i % 2 == 0 ? "“He said " : "‘she said ");
        }
        check(nested.toString(), 4);
        check("a".repeat(1_000_000), 5);
        StringBuilder line = new StringBuilder();
        Random r = new Random(6);
        while (line.length() < 1_000_000) {
            line.append(PIECES[r.nextInt(PIECES.length)]).append(' ');
        }
        check(line.toString(), 6);
        check(", , , , ,".repeat(50_000), 7);
        check("said said said ".repeat(30_000), 8);
        check("\n".repeat(10_000), 9);
        check("", 10);
    }

    private void check(String text, long seed) {
        try {
            long t0 = System.nanoTime();
            Extraction e = extractor.extract(text);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 200) {
                System.out.println("slow input seed " + seed + ": " + ms + " ms for " + text.length() + " chars");
            }
            for (Quote q : e.quotes()) {
                inside(q.span(), text);
                assertThat(q.text()).isEqualTo(q.span().of(text));
                if (q.speakerSpan() != null) {
                    inside(q.speakerSpan(), text);
                }
                assertThat(q.attribution()).isBetween(-1, e.attributions().size() - 1);
            }
            for (Attribution a : e.attributions()) {
                inside(a.cue(), text);
                assertThat(a.cueText()).isEqualTo(a.cue().of(text));
                if (a.sourceSpan() != null) {
                    inside(a.sourceSpan(), text);
                }
                if (a.content() != null) {
                    inside(a.content(), text);
                }
            }
            List<Sentence> sentences = splitter.sentences(text);
            int last = 0;
            for (Sentence s : sentences) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                inside(s.span(), text);
                assertThat(s.span().length()).isPositive();
                for (int k = last; k < s.start(); k++) {
                    assertThat(TextSplitter.isBlank(text.charAt(k))).as("uncovered non-blank at %d", k).isTrue();
                }
                last = s.end();
            }
            for (int k = last; k < text.length(); k++) {
                assertThat(TextSplitter.isBlank(text.charAt(k))).as("uncovered tail at %d", k).isTrue();
            }
        } catch (AssertionError | RuntimeException ex) {
            throw new AssertionError("failed for seed " + seed + " (text length " + text.length() + ")", ex);
        }
    }

    private static void inside(Span s, String text) {
        assertThat(s.start()).isGreaterThanOrEqualTo(0);
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
    }
}

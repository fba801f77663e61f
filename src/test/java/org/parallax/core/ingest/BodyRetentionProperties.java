package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;

/**
 * Seeded random property: furniture lines inserted anywhere between an article's paragraphs (ad markers,
 * related-link blocks, read-more teasers, captions and credits) never remove one of the article's sentences
 * from its body. The articles are the page-shape fixtures' expected bodies under a headline; a failure names
 * the seed, the article and the page it was given.
 */
class BodyRetentionProperties {

    private static final long SEED = Long.getLong("parallax.seed", 20240514L);
    private static final String[] FURNITURE = {
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "RELATED COVERAGE\n>> Council weighs new parking rules\n>> Five things to know about the vote",
        "Related\n>> What the new rules mean for renters\n>> Opinion: a city that forgot its buses",
        "Read more: Why the city changed its mind on the plan",
        "READ MORE: Officials defend the timetable",
        "See also: The long history of the old harbour",
        "(Newsfoto/Kim Berg)",
        "Photo: Jonas Wirth",
        "Getty Images",
        "Click here to watch the full interview",
        "MAYOR PROMISES ANSWERS WITHIN A MONTH: REPORT",
        "» More pictures from the scene",
    };

    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void insertedFurnitureNeverRemovesAnArticleSentence() throws Exception {
        Random random = new Random(SEED);
        int checked = 0;
        for (Path page : PageShapesTest.pages()) {
            List<String> paragraphs = Arrays.asList(PageShapesTest.expectedBody(page).split("\n\n"));
            List<String> sentences = sentences(paragraphs);
            if (sentences.size() < 2) {
                continue;
            }
            for (int round = 0; round < 25; round++) {
                List<String> lines = new ArrayList<>();
                lines.add("A headline written for the test");
                lines.addAll(paragraphs);
                int inserts = 1 + random.nextInt(3);
                for (int k = 0; k < inserts; k++) {
                    int at = 1 + random.nextInt(lines.size()); // after the headline, anywhere up to the end
                    lines.add(at, FURNITURE[random.nextInt(FURNITURE.length)]);
                }
                String text = String.join("\n\n", lines);
                Article a = loader.fromText(text, null, "property");
                for (String sentence : sentences) {
                    assertThat(a.body()).as("seed %d, %s, sentence lost from page:%n%s", SEED,
                            page.getFileName(), text).contains(sentence);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /** The article's sentences of four or more words that end a paragraph or are followed by one. */
    private static List<String> sentences(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : p.split("(?<=[.!?][\"”’]?)\\s+(?=[\\p{Lu}\"“])")) {
                if (Lines.words(s) >= 4 && Lines.endsSentence(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Long texts are kept whole: 17,000 words of paragraphs, and the same text hard-wrapped at about 70
     * characters with crossheads between sections (as a PDF or print copy comes), lose no sentence.
     */
    @Test
    void longTextsAreKeptWhole() {
        Random random = new Random(SEED);
        String[] words = {"council", "river", "budget", "report", "school", "people", "water", "bridge", "plan",
            "million", "road", "officials", "hospital", "workers", "years", "city", "the", "of", "and", "to", "in"};
        List<String> paragraphs = new ArrayList<>();
        List<String> wrapped = new ArrayList<>();
        int total = 0;
        for (int p = 0; total < 17_000; p++) {
            StringBuilder para = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                StringBuilder sentence = new StringBuilder("The");
                for (int w = 0; w < 14; w++) {
                    sentence.append(' ').append(words[random.nextInt(words.length)]);
                }
                para.append(para.length() == 0 ? "" : " ").append(sentence).append(" said.");
                total += 16;
            }
            paragraphs.add(para.toString());
            if (p % 12 == 11) {
                wrapped.add("Section " + (p / 12 + 1) + " findings");
            }
            wrapped.add(wrap(para.toString(), 70));
        }
        String sentence = paragraphs.get(paragraphs.size() - 1);
        Article plain = loader.fromText("A long report\n\n" + String.join("\n\n", paragraphs), null, "long");
        assertThat(plain.wordCount()).isGreaterThanOrEqualTo(total);
        assertThat(plain.body()).startsWith(paragraphs.get(0)).endsWith(sentence);
        Article pdf = loader.fromText("A long report\n\n" + String.join("\n\n", wrapped), null, "long pdf");
        assertThat(pdf.wordCount()).isGreaterThanOrEqualTo(total);
        assertThat(pdf.body()).startsWith(paragraphs.get(0)).endsWith(sentence);
    }

    private static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String w : paragraph.split(" ")) {
            if (line > 0 && line + 1 + w.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(w);
            line += w.length();
        }
        return out.toString();
    }
}

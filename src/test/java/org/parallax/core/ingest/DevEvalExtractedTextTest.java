package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.deveval.DevEval;

/**
 * The measure on dev-eval (read from ../shared, never copied): every gold figure and quote lies in what
 * Parallax extracts from — the headline (title and dek) or the body — and so none is left in the furniture;
 * and every article whose text states its date (sources.json's {@code date_basis} names the page text or its
 * date line) gets that date.
 */
class DevEvalExtractedTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters of the item's own line on either side that must come along with it. */
    private static final int CONTEXT = 10;

    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void everyGoldFigureAndQuoteIsInTheHeadlineOrTheBody() throws Exception {
        List<String> outside = new ArrayList<>();
        int items = 0;
        for (DevEval.Story story : DevEval.stories()) {
            for (DevEval.Article a : story.articles()) {
                Article article = loader.load(a.file());
                String extracted = article.headline() + "\n\n" + article.body();
                for (String kind : List.of("figures", "quotes")) {
                    for (JsonNode item : a.gold().get(kind)) {
                        items++;
                        if (!inside(a.text(), item.get("start").asInt(), item.get("end").asInt(), extracted)) {
                            outside.add(a.story() + "/" + a.slug() + " " + kind + ": " + item.get("text").asText());
                        }
                    }
                }
            }
        }
        System.out.printf("dev-eval gold figures and quotes outside the extracted text: %d of %d%n",
                outside.size(), items);
        outside.forEach(o -> System.out.println("  outside: " + o));
        assertThat(outside).isEmpty();
    }

    @Test
    void everyArticleWhoseTextStatesItsDateGetsIt() throws Exception {
        int stated = 0;
        List<String> missed = new ArrayList<>();
        for (DevEval.Story story : DevEval.stories()) {
            JsonNode sources = JSON.readTree(Files.readString(
                    DevEval.root().resolve("corpus").resolve(story.name()).resolve("sources.json")));
            for (JsonNode s : sources) {
                String basis = s.path("date_basis").asText("");
                if (s.path("date").isNull() || !(basis.contains("excerpt") || basis.contains("page text"))) {
                    continue;
                }
                stated++;
                DevEval.Article a = story.article(s.path("slug").asText());
                LocalDate found = loader.load(a.file()).metadata().published();
                if (!LocalDate.parse(s.path("date").asText()).equals(found)) {
                    missed.add(a.story() + "/" + a.slug() + ": " + found + " for " + s.path("date").asText());
                }
            }
        }
        System.out.printf("dev-eval articles whose text states the date: %d, date found: %d%n", stated,
                stated - missed.size());
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertThat(missed).isEmpty();
    }

    /**
     * True if the gold item, with up to {@link #CONTEXT} characters of its own line on one side, is in the
     * extracted text (white space folded as the loader folds it). Context on one side is enough: the other side
     * may be a date or label the loader split off the same line.
     */
    private static boolean inside(String original, int start, int end, String extracted) {
        int lineStart = original.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = original.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? original.length() : lineEnd;
        String item = fold(original.substring(start, end));
        String left = fold(original.substring(Math.max(lineStart, start - CONTEXT), start));
        String right = fold(original.substring(end, Math.min(lineEnd, end + CONTEXT)));
        String text = fold(extracted);
        if (left.isBlank() && right.isBlank()) {
            return text.contains(item.strip());
        }
        return !left.isBlank() && text.contains(left + item) || !right.isBlank() && text.contains(item + right);
    }

    /** Lines cleaned as the loader cleans them, joined by one space: line breaks and space runs do not count. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : Lines.split(s)) {
            String c = Lines.clean(line);
            if (!c.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            }
        }
        String lead = !s.isEmpty() && Character.isWhitespace(s.charAt(0)) ? " " : "";
        String trail = !s.isEmpty() && Character.isWhitespace(s.charAt(s.length() - 1)) ? " " : "";
        return lead + out + trail;
    }
}

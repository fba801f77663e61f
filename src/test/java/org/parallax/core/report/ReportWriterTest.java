package org.parallax.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/** Reports written from a real comparison of articles written for the test, hostile ones included. */
class ReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Comparison compare(List<Article> articles) throws Exception {
        Extractor extractor = new Extractor();
        List<Extraction> x = articles.stream().map(a -> extractor.extract(a.body())).toList();
        return Comparer.create().compare(articles, x, Progress.NONE, Cancellation.NEVER);
    }

    private static Article article(String outlet, String title, String body) {
        return Article.of(new Metadata(title, outlet, null, null, null, null, null), body, List.of(), outlet + ".txt",
                Format.TEXT);
    }

    private static List<Article> flood(String hostile) {
        return List.of(
                article("The Courier", "Floods kill 41" + hostile,
                        "At least 41 people were killed in the floods on Sunday, regional officials said." + hostile
                                + "\n\n\u201CWe have never seen water rise this fast,\u201D governor Anna Berg told reporters."),
                article("Daily Planet" + hostile, "Death toll rises",
                        "The floods killed 43 people, the civil protection agency said on Monday.\n\n"
                                + "\u201CWe have never seen water rise this fast,\u201D the governor said."));
    }

    @Test
    void jsonHasTheDocumentedFieldsInOrder() throws Exception {
        Comparison c = compare(flood(""));
        JsonNode root = JSON.readTree(ReportWriter.toString(c, ReportFormat.JSON));
        assertThat(names(root)).containsExactly("articles", "figureGroups", "quoteGroups", "attributionDifferences",
                "reuse", "alignment");
        assertThat(names(root.get("articles").get(0))).startsWith("id", "file", "outlet", "title", "published");
        JsonNode group = root.get("figureGroups").get(0);
        assertThat(names(group)).containsExactly("subject", "verdict", "reasons", "mentions");
        assertThat(group.get("verdict").asText()).isIn("agree", "consistent", "differ", "single");
        assertThat(names(group.get("mentions").get(0))).containsExactly("article", "text", "start", "end", "value",
                "low", "high", "qualifier", "unit", "source", "part");
        Set<String> parts = new HashSet<>();
        for (JsonNode g : root.get("figureGroups")) {
            for (JsonNode m : g.get("mentions")) {
                Article a = c.articles().get(m.get("article").asInt());
                String part = m.get("part").asText();
                parts.add(part);
                String text = switch (part) {
                    case "headline" -> a.headline();
                    case "body" -> a.body();
                    default -> throw new AssertionError("part " + part);
                };
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
        // "Floods kill 41" heads the first article: its figure is compared, its offsets index the headline
        assertThat(parts).containsExactlyInAnyOrder("headline", "body");
        JsonNode quotes = root.get("quoteGroups");
        assertThat(quotes).isNotEmpty();
        assertThat(names(quotes.get(0))).startsWith("flags", "mentions");
        assertThat(names(quotes.get(0).get("mentions").get(0))).startsWith("article", "text", "start", "end", "speaker");
        for (JsonNode row : root.get("alignment")) {
            for (JsonNode cell : row) {
                assertThat(names(cell)).containsExactly("article", "start", "end");
            }
        }
    }

    @Test
    void theDeathTollsAreOneGroupThatIsNotAnAgreement() throws Exception {
        Comparison c = compare(flood(""));
        JsonNode root = JSON.readTree(ReportWriter.toString(c, ReportFormat.JSON));
        JsonNode tolls = null;
        for (JsonNode g : root.get("figureGroups")) {
            if (g.get("mentions").size() == 2) {
                tolls = g;
            }
        }
        assertThat(tolls).isNotNull();
        assertThat(tolls.get("verdict").asText()).isIn("consistent", "differ");
    }

    @Test
    void htmlIsSelfContainedAndRunsNothingFromTheArticles() throws Exception {
        String hostile = " <script>alert('x')</script><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(2)\">link</a><iframe src=\"https://evil.invalid/\"></iframe>";
        Comparison c = compare(flood(hostile));
        String html = ReportWriter.toString(c, ReportFormat.HTML);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, iframe, img, object, embed, link, base, form")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                    assertThat(a.getValue()).doesNotContain("://");
                }
            }
        }
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
        // the hostile text is shown as text, not lost
        assertThat(doc.text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("h1").text()).isEqualTo("Comparison of 2 articles");
    }

    @Test
    void markdownEscapesArticleText() throws Exception {
        String md = ReportWriter.toString(compare(flood(" <b>|pipe|</b>")), ReportFormat.MARKDOWN);
        assertThat(md).doesNotContain("<b>").contains("&lt;b&gt;").contains("\\|pipe\\|");
        assertThat(md).contains("## Figures").contains("## Quotes").contains("## Aligned passages");
    }

    @Test
    void csvHasOneRowPerFigureMentionAndNeutralisesFormulas() throws Exception {
        List<Article> articles = new ArrayList<>(flood(""));
        articles.add(article("=HYPERLINK(\"http://x\")", "Toll", "Forty-one people died in the floods, police said."));
        Comparison c = compare(articles);
        String csv = ReportWriter.toString(c, ReportFormat.CSV);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("group,subject,verdict,reasons,outlet,published");
        int mentions = c.claims().figureGroups().stream().mapToInt(g -> g.mentions().size()).sum();
        assertThat(lines).hasSize(mentions + 1);
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}

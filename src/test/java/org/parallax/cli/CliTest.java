package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI end to end, as a user runs it: the shipped {@code seeds/} imported into a real library in a temporary
 * folder, then listed, shown, searched, edited and removed. Expectations come from the hand-made gold
 * ({@code src/test/resources/seeds-gold}), matched to the imported articles by where their bodies start.
 */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GOLD = {"000_0136e9118caa93ec", "001_2fd64e61ddae72be", "002_c89360cfc73fa7b4",
        "003_5ff85278df32db3f", "004_89b38a5f5ea4f247"};

    @TempDir
    Path temp;

    private Path library;
    private Path seeds;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void setUp() {
        library = temp.resolve("library");
        seeds = Path.of(System.getProperty("parallax.seeds", "seeds"));
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        int exit = ParallaxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode gold(String id) throws IOException {
        try (InputStream in = CliTest.class.getResourceAsStream("/seeds-gold/" + id + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    @Test
    void everyCommandPrintsItsHelpWithoutNeedingItsArguments() {
        var commands = new picocli.CommandLine(new ParallaxCommand()).getSubcommands();
        assertThat(commands).containsKeys("import", "list", "show", "search", "edit", "remove", "extract", "compare");
        for (String name : commands.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            for (String flag : List.of("--help", "-h")) {
                Run help = run(name, flag);
                assertThat(help.exit()).as(name + " " + flag + ": " + help.err()).isZero();
                assertThat(help.out()).as(name + " " + flag).startsWith("Usage: parallax " + name).contains("--help");
                assertThat(help.err()).as(name + " " + flag).isEmpty();
            }
        }
        // and the library was not touched: help opens nothing
        assertThat(library).doesNotExist();
    }

    @Test
    void importsTheSeedsAndListsThemWithTheGoldMetadata() throws IOException {
        Run imported = run("import", seeds.toString());
        assertThat(imported.exit()).isZero();
        // the folder's README is not an article: it gets its line, skipped with the reason
        assertThat(imported.out()).contains("5 imported, 0 duplicate, 1 skipped");
        assertThat(imported.out().lines().filter(l -> l.startsWith("skipped")))
                .singleElement().asString().contains("README").contains("is not a format Parallax reads");
        assertThat(imported.err().lines()).singleElement().asString()
                .startsWith("parallax: skipped: ").contains("README");

        JsonNode list = run("list", "--json").json();
        assertThat(list).hasSize(5);
        for (String id : GOLD) {
            JsonNode gold = gold(id);
            JsonNode article = gold.get("article");
            String start = gold.get("body_starts_with").asText();
            String end = gold.get("body_ends_with").asText();
            JsonNode shown = null;
            for (JsonNode listed : list) {
                JsonNode detail = run("show", "--json", listed.get("id").asText()).json();
                if (detail.get("body").asText().startsWith(start)) {
                    shown = detail;
                }
            }
            assertThat(shown).as("an imported article whose body starts like gold %s", id).isNotNull();
            assertThat(shown.get("body").asText()).as(id).endsWith(end);
            JsonNode a = shown.get("article");
            assertThat(text(a.get("title"))).as(id + " title").isEqualTo(text(article.get("title")));
            assertThat(text(a.get("outlet"))).as(id + " outlet").isEqualTo(text(article.get("outlet")));
            assertThat(text(a.get("published"))).as(id + " published").isEqualTo(text(article.get("published")));
            assertThat(text(a.get("byline"))).as(id + " byline").isEqualTo(text(article.get("byline")));
            assertThat(text(a.get("wire"))).as(id + " wire").isEqualTo(text(article.get("wire")));
            assertThat(text(a.get("dateline"))).as(id + " dateline").isEqualTo(text(article.get("dateline")));
            List<String> furniture = new ArrayList<>();
            shown.get("furniture").forEach(f -> furniture.add(f.asText()));
            for (JsonNode example : gold.get("furniture_examples")) {
                assertThat(furniture).as(id + " furniture").contains(example.asText());
                assertThat(shown.get("body").asText()).as(id + " body").doesNotContain(example.asText() + "\n");
            }
            assertThat(a.get("figures").asInt()).as(id + " figures found at import").isPositive();
        }
    }

    @Test
    void searchFindsExactlyTheArticlesHoldingBothTermsWithHighlightedSnippets() throws IOException {
        run("import", seeds.toString());
        JsonNode hits = run("search", "--json", "\"North Korean\" AND Kursk").json();

        List<String> expected = new ArrayList<>();
        for (JsonNode listed : run("list", "--json").json()) {
            JsonNode detail = run("show", "--json", listed.get("id").asText()).json();
            String all = detail.get("body").asText() + " " + text(listed.get("title"));
            if (all.contains("North Korean") && all.toLowerCase().contains("kursk")) {
                expected.add(listed.get("id").asText());
            }
        }
        List<String> found = new ArrayList<>();
        for (JsonNode hit : hits) {
            found.add(hit.get("article").get("id").asText());
            assertThat(hit.get("snippets")).isNotEmpty();
            boolean highlighted = false;
            for (JsonNode snippet : hit.get("snippets")) {
                String s = snippet.get("text").asText();
                for (JsonNode h : snippet.get("highlights")) {
                    String term = s.substring(h.get(0).asInt(), h.get(1).asInt());
                    assertThat(term.toLowerCase()).isIn("north korean", "north", "korean", "kursk");
                    highlighted = true;
                }
            }
            assertThat(highlighted).isTrue();
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).isNotEmpty();

        Run text = run("search", "\"North Korean\" AND Kursk");
        assertThat(text.out()).contains("\u00ABKursk\u00BB");
    }

    @Test
    void anEditSurvivesReimportAndRemoveForgetsTheArticle() throws IOException {
        run("import", seeds.toString());
        String id = run("list", "--json").json().get(0).get("id").asText();

        Run edit = run("edit", id.substring(0, 8), "--outlet", "The Test Gazette", "--published", "2024-11-21");
        assertThat(edit.exit()).isZero();
        Run again = run("import", seeds.toString());
        assertThat(again.out()).contains("0 imported, 5 duplicate");
        JsonNode shown = run("show", "--json", id).json();
        assertThat(shown.get("article").get("outlet").asText()).isEqualTo("The Test Gazette");
        assertThat(shown.get("article").get("published").asText()).isEqualTo("2024-11-21");
        assertThat(shown.get("edited")).extracting(JsonNode::asText).contains("outlet", "published");

        Run badDate = run("edit", id, "--published", "yesterday");
        assertThat(badDate.exit()).isNotZero();
        assertThat(badDate.err().lines()).hasSize(1).allMatch(l -> l.startsWith("parallax: "));

        assertThat(run("remove", id).exit()).isZero();
        assertThat(run("list", "--json").json()).hasSize(4);
        Run gone = run("show", id);
        assertThat(gone.exit()).isNotZero();
        assertThat(gone.err()).startsWith("parallax: No article with id");
    }

    @Test
    void extractJsonFollowsTheContractInTheOrderOfTheFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("extract", "--json"));
        List<Path> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        reversed.forEach(p -> args.add(p.toString()));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exit()).isZero();
        JsonNode array = run.json();
        assertThat(array).hasSize(files.size());
        for (int i = 0; i < reversed.size(); i++) {
            JsonNode file = array.get(i);
            assertThat(file.get("file").asText()).isEqualTo(reversed.get(i).toString());
            assertThat(names(file)).containsExactly("file", "title", "outlet", "published", "language", "extracted",
                    "figures", "quotes", "attributions", "headline");
            assertThat(file.get("language").asText()).isEqualTo("eng");
            assertThat(file.get("extracted").asBoolean()).isTrue();
            for (JsonNode f : file.get("figures")) {
                assertThat(names(f)).containsExactly("text", "start", "end", "value", "low", "high", "qualifier",
                        "unit", "subject", "part");
                boolean range = f.get("value").isNull() && !f.get("low").isNull();
                if (!f.get("value").isNull()) {
                    assertThat(f.get("low").isNull() && f.get("high").isNull()).isTrue();
                }
                if (range) {
                    assertThat(f.get("high").isNull()).isFalse();
                }
            }
            for (JsonNode q : file.get("quotes")) {
                assertThat(names(q)).containsExactly("text", "start", "end", "speaker", "part");
            }
            for (JsonNode a : file.get("attributions")) {
                assertThat(names(a)).containsExactly("source", "cue", "start", "end", "anonymous", "part");
            }
        }
    }

    @Test
    void offsetsOfExtractPointIntoTheBodyThatShowPrints() throws IOException {
        Path file = seeds.resolve(Files.list(seeds).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow().getFileName());
        run("import", file.toString());
        String id = run("list", "--json").json().get(0).get("id").asText();
        String body = run("show", "--json", id).json().get("body").asText();
        JsonNode x = run("extract", "--json", file.toString()).json().get(0);
        String headline = x.get("headline").asText();
        int headlineItems = 0;
        for (String kind : List.of("figures", "quotes", "attributions")) {
            for (JsonNode item : x.get(kind)) {
                String part = item.get("part").asText();
                assertThat(part).isIn("headline", "body");
                headlineItems += part.equals("headline") ? 1 : 0;
                String text = part.equals("headline") ? headline : body;
                assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
                        .isEqualTo(item.get(kind.equals("attributions") ? "cue" : "text").asText());
            }
        }
        assertThat(run("show", "--json", id).json().get("extraction").get("headline").asText()).isEqualTo(headline);
        assertThat(headline).isNotEmpty();
        assertThat(headlineItems).as("the seed's headline holds a figure").isPositive();
    }

    @Test
    void aFolderWithBadFilesImportsTheGoodOnesAndNamesEachBadOne() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Files.copy(seeds.resolve(Files.list(seeds).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow().getFileName()), folder.resolve("good.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Run run = run("import", folder.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1 imported, 0 duplicate, 2 skipped");
        assertThat(run.err().lines()).hasSize(2)
                .anyMatch(l -> l.contains("empty.txt"))
                .anyMatch(l -> l.contains("picture.txt"))
                .allMatch(l -> l.startsWith("parallax: skipped: "));
        assertThat(run("search", "--json", "Korea").json()).hasSize(1);

        Run nothing = run("import", folder.resolve("empty.txt").toString());
        assertThat(nothing.exit()).isNotZero();
    }

    @Test
    void usageErrorsAndBadQueriesAreOneClearLine() {
        Run bad = run("search", "kursk)");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).startsWith("parallax: Cannot understand the search");

        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Parallax ");
    }

    @Test
    void compareWritesTheReportForFilesIdsAndAWholeStory() throws IOException {
        Run files = run("compare", "--json", seeds.toString());
        assertThat(files.exit()).isZero();
        JsonNode report = files.json();
        assertThat(report.get("articles")).hasSize(5);
        assertThat(report.get("figureGroups")).isNotEmpty();
        JsonNode differ = null;
        for (JsonNode g : report.get("figureGroups")) {
            if (g.get("verdict").asText().equals("differ") && (differ == null
                    || g.get("mentions").size() > differ.get("mentions").size())) {
                differ = g;
            }
        }
        assertThat(differ).as("a group whose figures differ").isNotNull();
        assertThat(differ.get("reasons").toString()).contains("different sources").contains("reported on different days")
                .doesNotContain("different dates");
        assertThat(report.get("attributionDifferences")).isNotEmpty();
        assertThat(report.get("reuse").findValuesAsText("kind")).contains("repeated");

        run("import", seeds.toString());
        List<String> ids = new ArrayList<>();
        run("list", "--json").json().forEach(a -> ids.add(a.get("id").asText()));
        Run byId = run("compare", "--json", ids.get(0).substring(0, 8), ids.get(1));
        assertThat(byId.exit()).isZero();
        assertThat(byId.json().get("articles")).hasSize(2);

        Path html = temp.resolve("story.html");
        Run story = run("compare", "--story", ids.get(0), "-o", html.toString());
        assertThat(story.exit()).isZero();
        assertThat(Files.readString(html)).startsWith("<!doctype html>").contains("Comparison of 5 articles");

        Run one = run("compare", ids.get(0));
        assertThat(one.exit()).isNotZero();
        assertThat(one.err()).startsWith("parallax: Give at least two articles");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void aFrenchArticleIsShownAsFrenchAndNotExtractedAndCompareSaysSo() throws IOException {
        Path french = Files.writeString(temp.resolve("tram.txt"), "Le tramway ouvrira avec deux ans de retard\n\n"
                + "Le conseil municipal a annoncé mardi que la nouvelle ligne de tramway ouvrira au printemps, avec deux"
                + " ans de retard, après qu'un audit a montré que les travaux avaient été sous-estimés.\n\n"
                + "Le surcoût atteint 71,4 millions d'euros selon la Cour des comptes régionale.\n");
        JsonNode x = run("extract", "--json", french.toString()).json().get(0);
        assertThat(x.get("language").asText()).isEqualTo("fra");
        assertThat(x.get("extracted").asBoolean()).isFalse();
        assertThat(x.get("figures")).isEmpty();
        Run text = run("extract", french.toString());
        assertThat(text.out()).contains("French").contains("English text only");

        Run imported = run("import", french.toString());
        assertThat(imported.out()).contains("note: The text is in French");
        Run list = run("list");
        assertThat(list.out()).contains("LANG").contains(" fra ");

        Path seed = Files.list(seeds).filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        Run compared = run("compare", french.toString(), seed.toString());
        assertThat(compared.exit()).isZero();
        assertThat(compared.err()).contains("is in French").contains("not compared");
    }
}

package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryException.Reason;

/**
 * Searching a library holding the five seed articles plus a few made-up ones that each miss part of a query.
 * Expected results are computed from the stored texts, never listed by hand.
 */
class LibrarySearchTest {

    private static final Pattern NORTH_KOREAN = Pattern.compile("(?i)\\bnorth\\s+koreans?\\b");
    private static final Pattern KURSK = Pattern.compile("(?i)\\bkursk\\b");

    @TempDir
    static Path temp;
    static Library library;
    static List<Article> articles = new ArrayList<>();

    @BeforeAll
    static void fill() throws LibraryException {
        articles.addAll(TestArticles.seeds());
        articles.add(made("Troops at the border", "Spacewar.com",
                LocalDate.of(2024, 11, 30), "North Korean troops were seen near the border. The army moved on."));
        articles.add(made("Fighting near Kursk", "Other Outlet",
                LocalDate.of(2024, 12, 1), "Fighting went on near Kursk. Troops from the North stayed. A Korean reporter left."));
        articles.add(made("A quiet day", null, LocalDate.of(2024, 10, 31),
                "Korean food and North Sea fish. Nothing about Kursk or troops here, except this word: Kursk."));
        articles.add(made("Kursk offensive", null, null,
                "North Korean units are said to be in the region, officials said."));
        library = Library.open(temp);
        try (Batch batch = library.batch()) {
            for (Article a : articles) {
                batch.add(a, Extraction.EMPTY);
            }
        }
    }

    @AfterAll
    static void close() throws LibraryException {
        library.close();
    }

    private static Article made(String title, String outlet, LocalDate published, String body) {
        return Article.of(new Metadata(title, outlet, null, null, null, published, null), body, List.of(),
                "made/" + title + ".txt", Format.TEXT);
    }

    private static Set<String> idsWhere(Predicate<Article> p) {
        return articles.stream().filter(p).map(Article::id).collect(Collectors.toSet());
    }

    private static String titleAndBody(Article a) {
        return (a.metadata().title() == null ? "" : a.metadata().title()) + "\n" + a.body();
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.entry().id()).toList();
    }

    @Test
    void aPhraseAndAWordFindExactlyTheArticlesHoldingBothRankedWithHighlightedSnippets() throws Exception {
        List<SearchHit> hits = library.search("\"North Korean\" AND Kursk", 50);

        Set<String> expected = idsWhere(a -> NORTH_KOREAN.matcher(titleAndBody(a)).find()
                && KURSK.matcher(titleAndBody(a)).find());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ids(hits)).containsExactlyInAnyOrderElementsOf(expected);

        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        for (SearchHit hit : hits) {
            String body = hit.entry().article().body();
            assertThat(hit.snippets()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            List<String> highlighted = new ArrayList<>();
            for (Snippet s : hit.snippets()) {
                assertThat(body.substring(s.bodyOffset(), s.bodyOffset() + s.text().length())).isEqualTo(s.text());
                assertThat(s.text()).as("a passage never runs across a line break").doesNotContain("\n").isEqualTo(s.text().strip());
                highlighted.addAll(s.highlightedTexts());
            }
            assertThat(highlighted).as("highlights of %s", hit.entry().id())
                    .allSatisfy(h -> assertThat(h.toLowerCase(Locale.ROOT)).matches("north\\s+korean.*|kursk.*"));
            // the body's own matches are highlighted: both terms when the body holds both
            if (NORTH_KOREAN.matcher(body).find()) {
                assertThat(highlighted).anySatisfy(h -> assertThat(h.toLowerCase(Locale.ROOT)).startsWith("north"));
            }
            if (KURSK.matcher(body).find()) {
                assertThat(highlighted).anySatisfy(h -> assertThat(h.toLowerCase(Locale.ROOT)).startsWith("kursk"));
            }
        }
    }

    @Test
    void aSearchMatchingOnlyTheTitleShowsTheStartOfTheBody() throws Exception {
        List<SearchHit> hits = library.search("title:\"quiet day\"", 10);
        assertThat(hits).hasSize(1);
        Snippet lead = hits.get(0).snippets().get(0);
        assertThat(lead.highlights()).isEmpty();
        assertThat(lead.bodyOffset()).isZero();
    }

    @Test
    void wordsAreStemmedAndAllRequiredByDefault() throws Exception {
        Set<String> withTroops = idsWhere(a -> Pattern.compile("(?i)\\btroops?\\b").matcher(titleAndBody(a)).find());
        assertThat(ids(library.search("troop", 50))).containsExactlyInAnyOrderElementsOf(withTroops);
        Set<String> both = idsWhere(a -> Pattern.compile("(?i)\\btroops?\\b").matcher(titleAndBody(a)).find()
                && KURSK.matcher(titleAndBody(a)).find());
        assertThat(ids(library.search("troops kursk", 50))).containsExactlyInAnyOrderElementsOf(both);
        assertThat(ids(library.search("troops OR kursk", 50))).hasSizeGreaterThan(both.size());
        assertThat(ids(library.search("kursk NOT troops", 50))).doesNotContainAnyElementsOf(withTroops).isNotEmpty();
    }

    @Test
    void aSearchForWhatIsNotThereFindsTheRest() throws Exception {
        Set<String> without = idsWhere(a -> !KURSK.matcher(titleAndBody(a)).find());
        assertThat(without).isNotEmpty();
        assertThat(ids(library.search("NOT kursk", 50))).containsExactlyInAnyOrderElementsOf(without);
        assertThat(ids(library.search("-kursk", 50))).containsExactlyInAnyOrderElementsOf(without);
    }

    @Test
    void theTitleWeighsMoreThanTheBody() throws Exception {
        // "offensive": the title of one made-up article, the body of none of them
        List<SearchHit> hits = library.search("offensive", 50);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entry().article().metadata().title()).containsIgnoringCase("offensive");
    }

    @Test
    void wildcardsAndFuzzyTermsWork() throws Exception {
        assertThat(library.search("deploy*", 50)).isNotEmpty();
        assertThat(library.search("*ursk", 50)).isNotEmpty();
        assertThat(ids(library.search("kursck~1", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(a -> KURSK.matcher(titleAndBody(a)).find()));
        SearchHit hit = library.search("deploy*", 1).get(0);
        assertThat(hit.snippets()).anySatisfy(s -> assertThat(s.highlightedTexts()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"outlet:spacewar.com", "outlet:SpaceWar.com", "outlet:\"SPACEWAR.COM\""})
    void outletMatchesTheWholeNameIgnoringCase(String query) throws Exception {
        Set<String> expected = idsWhere(a -> "spacewar.com".equalsIgnoreCase(a.metadata().outlet()));
        assertThat(expected).hasSize(2);
        assertThat(ids(library.search(query, 50))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void outletWithSpacesNeedsQuotes() throws Exception {
        Set<String> expected = idsWhere(a -> "euromaidan press".equalsIgnoreCase(a.metadata().outlet()));
        assertThat(ids(library.search("outlet:\"euromaidan press\"", 50))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(library.search("outlet:euromaidan", 50)).isEmpty();
        assertThat(ids(library.search("outlet:euromaidan*", 50))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids(library.search("outlet:\"Euromaidan Press\" AND troops", 50))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void otherMetadataFieldsCanBeSearched() throws Exception {
        assertThat(ids(library.search("wire:afp", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(a -> "AFP".equals(a.metadata().wire())));
        assertThat(ids(library.search("byline:maresca", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(a -> a.metadata().byline() != null && a.metadata().byline().contains("Maresca")));
        assertThat(ids(library.search("dateline:brussels", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(a -> a.metadata().dateline() != null && a.metadata().dateline().contains("Brussels")));
        assertThat(ids(library.search("title:kursk", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(a -> a.metadata().title() != null && KURSK.matcher(a.metadata().title()).find()));
        assertThat(ids(library.search("body:kursk", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(a -> KURSK.matcher(a.body()).find()));
        String someId = articles.get(0).id();
        assertThat(ids(library.search("id:" + someId, 5))).containsExactly(someId);
    }

    @Test
    void publishedTakesDaysMonthsYearsAndRanges() throws Exception {
        assertPublished("published:2024-11-20", d -> d.equals(LocalDate.of(2024, 11, 20)));
        assertPublished("published:2024-11", d -> d.getYear() == 2024 && d.getMonthValue() == 11);
        assertPublished("published:2024-11*", d -> d.getYear() == 2024 && d.getMonthValue() == 11);
        assertPublished("published:2024", d -> d.getYear() == 2024);
        assertPublished("published:[2024-11-01 TO 2024-11-30]", d -> d.getYear() == 2024 && d.getMonthValue() == 11);
        assertPublished("published:{2024-11-05 TO 2024-11-30}",
                d -> d.isAfter(LocalDate.of(2024, 11, 5)) && d.isBefore(LocalDate.of(2024, 11, 30)));
        assertPublished("published:[2024-11-01 TO *]", d -> !d.isBefore(LocalDate.of(2024, 11, 1)));
        assertPublished("published:[* TO 2024-10-31]", d -> !d.isAfter(LocalDate.of(2024, 10, 31)));
        assertPublished("published:[2024-10 TO 2024-11]", d -> d.getYear() == 2024 && d.getMonthValue() >= 10 && d.getMonthValue() <= 11);
        assertPublished("published:*", d -> true);
        Set<String> dated = idsWhere(a -> a.metadata().published() != null && a.metadata().published().getMonthValue() == 11
                && KURSK.matcher(titleAndBody(a)).find());
        assertThat(ids(library.search("kursk AND published:2024-11", 50))).containsExactlyInAnyOrderElementsOf(dated);
    }

    private static void assertPublished(String query, Predicate<LocalDate> when) throws LibraryException {
        Set<String> expected = idsWhere(a -> a.metadata().published() != null && when.test(a.metadata().published()));
        assertThat(ids(library.search(query, 50))).as(query).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"North Korean AND Kursk", "(troops AND", "troops AND", "title:", "kursk)",
            "published:2024-13-01", "published:yesterday", "published:[2024-11-01 TO soon]", "colour:red",
            "published:2024-1?-01", "[a TO"})
    void aSearchItCannotParseGivesOneClearSentence(String query) {
        assertThatThrownBy(() -> library.search(query, 10))
                .isInstanceOf(LibraryException.class)
                .satisfies(e -> {
                    LibraryException le = (LibraryException) e;
                    assertThat(le.reason()).isEqualTo(Reason.BAD_QUERY);
                    assertThat(le.getMessage()).startsWith("Cannot understand the search '" + query.strip() + "': ")
                            .doesNotContain("\n").doesNotContain("Exception").doesNotContain("Was expecting")
                            .endsWith(".");
                    assertThat(le.getCause()).isNotNull();
                });
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThatThrownBy(() -> library.search("colour:red", 10)).hasMessageContaining("no field 'colour'");
    }

    @Test
    void blankSearchesFindNothingAndTheLimitHolds() throws Exception {
        assertThat(library.search("  ", 10)).isEmpty();
        assertThat(library.search("troops", 2)).hasSize(2);
        assertThat(library.search("troops", Integer.MAX_VALUE)).hasSizeGreaterThan(2);
        assertThatThrownBy(() -> library.search("troops", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snippetsMarkTheirHighlights() {
        Snippet s = new Snippet("the North Korean troops in Kursk", List.of(new Span(4, 16), new Span(27, 32)));
        assertThat(s.marked("<b>", "</b>")).isEqualTo("the <b>North Korean</b> troops in <b>Kursk</b>");
        assertThat(s.highlightedTexts()).containsExactly("North Korean", "Kursk");
        assertThat(new Snippet("plain", List.of()).marked("[", "]")).isEqualTo("plain");
        assertThatThrownBy(() -> new Snippet("ab", List.of(new Span(1, 3)))).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryException.Reason;
import org.parallax.core.index.MetadataEdit.Field;

/**
 * What every library backend must do, checked the same way on each: a subclass gives an empty library of its
 * backend for each test ({@link LocalLibraryBackendTest}, {@link SolrLibraryBackendTest}). Expected values come
 * from the articles put in, never from the library under test.
 */
abstract class LibraryBackendContract {

    private static final Pattern NORTH_KOREAN = Pattern.compile("(?i)\\bnorth\\s+koreans?\\b");
    private static final Pattern KURSK = Pattern.compile("(?i)\\bkursk\\b");
    private static final Pattern TROOPS = Pattern.compile("(?i)\\btroops?\\b");

    protected Library library;

    /** An empty library of the backend under test. */
    protected abstract Library emptyLibrary() throws Exception;

    @BeforeEach
    void openLibrary() throws Exception {
        library = emptyLibrary();
    }

    @AfterEach
    void closeLibrary() throws Exception {
        if (library != null) {
            library.close();
        }
    }

    static Article made(String title, String outlet, LocalDate published, String body) {
        return Article.of(new Metadata(title, outlet, null, null, null, published, null), body, List.of(),
                "made/" + (title == null ? "untitled" : title) + ".txt", Format.TEXT);
    }

    /** The five seeds and a few made-up articles that each miss part of a query. */
    static List<Article> searchArticles() {
        List<Article> articles = new ArrayList<>(TestArticles.seeds());
        articles.add(made("Troops at the border", "Spacewar.com", LocalDate.of(2024, 11, 30),
                "North Korean troops were seen near the border. The army moved on."));
        articles.add(made("Fighting near Kursk", "Other Outlet", LocalDate.of(2024, 12, 1),
                "Fighting went on near Kursk. Troops from the North stayed. A Korean reporter left."));
        articles.add(made("A quiet day", null, LocalDate.of(2024, 10, 31),
                "Korean food and North Sea fish. Nothing about Kursk or troops here, except this word: Kursk."));
        articles.add(made("Kursk offensive", null, null,
                "North Korean units are said to be in the region, officials said."));
        return articles;
    }

    static String titleAndBody(Article a) {
        return (a.metadata().title() == null ? "" : a.metadata().title()) + "\n" + a.body();
    }

    static Set<String> idsWhere(List<Article> articles, Predicate<Article> p) {
        return articles.stream().filter(p).map(Article::id).collect(Collectors.toSet());
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.entry().id()).toList();
    }

    private void addAll(List<Article> articles) throws LibraryException {
        try (Batch batch = library.batch()) {
            for (Article a : articles) {
                batch.add(a, Extraction.EMPTY);
            }
        }
    }

    @Test
    void storesEverythingAndGivesItBackOnce() throws Exception {
        Random random = new Random(11);
        List<Article> seeds = TestArticles.seeds();
        Map<String, Extraction> extractions = new HashMap<>();
        for (Article a : seeds) {
            Extraction e = TestArticles.randomExtraction(random, a.body());
            extractions.put(a.id(), e);
            assertThat(library.add(a, e)).isEqualTo(AddResult.ADDED);
        }
        // the same text again, from another file: a duplicate, the stored article stays
        Article again = seeds.get(0);
        Article copy = new Article(again.id(), Metadata.EMPTY.overriddenBy(new Metadata(null, "Copy Outlet", null, null,
                null, null, null)), again.body(), List.of(), "elsewhere/copy.txt", Format.TEXT);
        assertThat(library.add(copy, Extraction.EMPTY)).isEqualTo(AddResult.DUPLICATE);

        assertThat(library.size()).isEqualTo(seeds.size());
        assertThat(library.list()).extracting(LibraryEntry::id).doesNotHaveDuplicates().hasSize(seeds.size());
        for (Article a : seeds) {
            LibraryEntry entry = library.get(a.id()).orElseThrow();
            assertThat(entry.article()).isEqualTo(a);
            assertThat(entry.imported()).isEqualTo(a.metadata());
            assertThat(entry.edits()).isEqualTo(Metadata.EMPTY);
            assertThat(entry.extraction()).isEqualTo(extractions.get(a.id()));
        }
    }

    @Test
    void findsAnArticleByAUniqueIdPrefixAndNamesTheCandidatesOfAnAmbiguousOne() throws Exception {
        Random random = new Random(3);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(TestArticles.random(random, i));
        }
        addAll(articles);
        List<String> ids = articles.stream().map(Article::id).toList();
        String id = ids.get(0);
        String unique = null;
        for (int n = 1; n <= id.length() && unique == null; n++) {
            String p = id.substring(0, n);
            if (ids.stream().filter(x -> x.startsWith(p)).count() == 1) {
                unique = p;
            }
        }
        assertThat(library.get(unique.toUpperCase(Locale.ROOT) + " ").orElseThrow().id()).isEqualTo(id);
        String shared = ids.stream().map(x -> x.substring(0, 1))
                .filter(p -> ids.stream().filter(x -> x.startsWith(p)).count() > 1).findFirst().orElseThrow();
        assertThatThrownBy(() -> library.get(shared)).isInstanceOf(LibraryException.class)
                .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(Reason.AMBIGUOUS))
                .hasMessageContaining("type more of the id");
        assertThat(library.get("zz-no-such-id")).isEmpty();
    }

    @Test
    void listsNewestFirstUndatedLastThenByTitleIgnoringCase() throws Exception {
        Article older = made("zebra", null, LocalDate.of(2023, 5, 1), "An older piece about a river.");
        Article newB = made("b second", null, LocalDate.of(2024, 1, 2), "A new piece about a bridge.");
        Article newA = made("A first", null, LocalDate.of(2024, 1, 2), "A new piece about a harvest.");
        Article undatedM = made("m undated", null, null, "An undated piece about a market.");
        Article undatedNoTitle = made(null, null, null, "An undated piece with no title at all.");
        addAll(List.of(undatedNoTitle, older, newB, undatedM, newA));
        assertThat(library.list()).extracting(LibraryEntry::id)
                .containsExactly(newA.id(), newB.id(), older.id(), undatedM.id(), undatedNoTitle.id());
    }

    /** The summary a list shows of an article put in with this extraction, built from what was put in. */
    private static ArticleSummary expectedSummary(Article a, Extraction x) {
        Metadata m = a.metadata();
        return new ArticleSummary(a.id(), m.title(), m.outlet(), m.published(), null, "", a.wordCount(),
                x.figures().size(), x.quotes().size(), x.attributions().size(), false);
    }

    @Test
    void pagesFilterSortAndCountWithoutReadingBodiesAndOutletsAreListedOnce() throws Exception {
        Random random = new Random(5);
        List<Article> articles = searchArticles();
        List<ArticleSummary> expected = new ArrayList<>();
        try (Batch batch = library.batch()) {
            for (Article a : articles) {
                Extraction x = TestArticles.randomExtraction(random, a.body());
                batch.add(a, x);
                expected.add(expectedSummary(a, x));
            }
        }
        int n = expected.size();
        assertThat(library.count(LibraryFilter.ALL)).isEqualTo(n);
        for (LibraryOrder order : List.of(LibraryOrder.NEWEST_FIRST, new LibraryOrder(LibraryOrder.Key.PUBLISHED, false),
                new LibraryOrder(LibraryOrder.Key.TITLE, false), new LibraryOrder(LibraryOrder.Key.OUTLET, true),
                new LibraryOrder(LibraryOrder.Key.FIGURES, true), new LibraryOrder(LibraryOrder.Key.WORDS, false))) {
            List<ArticleSummary> sorted = expected.stream().sorted(order.comparator()).toList();
            // read by pages of 3: the same articles in the same order, none twice
            List<ArticleSummary> paged = new ArrayList<>();
            for (int offset = 0; offset < n + 3; offset += 3) {
                paged.addAll(library.page(LibraryFilter.ALL, order, offset, 3));
            }
            assertThat(paged).as(order.toString()).extracting(ArticleSummary::id)
                    .containsExactlyElementsOf(sorted.stream().map(ArticleSummary::id).toList());
            for (int i = 0; i < n; i++) {
                ArticleSummary got = paged.get(i);
                ArticleSummary want = sorted.get(i);
                assertThat(List.of(String.valueOf(got.title()), String.valueOf(got.outlet()), String.valueOf(got.published()),
                        got.words(), got.figures(), got.quotes(), got.attributions()))
                        .as(want.id()).isEqualTo(List.of(String.valueOf(want.title()), String.valueOf(want.outlet()),
                                String.valueOf(want.published()), want.words(), want.figures(), want.quotes(),
                                want.attributions()));
            }
        }
        // filters: an outlet ignoring case, no outlet, dates, a search, ids
        LibraryFilter spacewar = LibraryFilter.ALL.withOutlet("SPACEWAR.COM");
        Set<String> spacewarIds = idsWhere(articles, a -> "spacewar.com".equalsIgnoreCase(
                a.metadata().outlet() == null ? "" : a.metadata().outlet().strip()));
        assertThat(spacewarIds).isNotEmpty();
        assertThat(library.count(spacewar)).isEqualTo(spacewarIds.size());
        assertThat(library.page(spacewar, LibraryOrder.NEWEST_FIRST, 0, n)).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrderElementsOf(spacewarIds);
        Set<String> noOutlet = idsWhere(articles, a -> a.metadata().outlet() == null || a.metadata().outlet().isBlank());
        assertThat(library.page(LibraryFilter.ALL.withOutlet(LibraryFilter.NO_OUTLET), LibraryOrder.NEWEST_FIRST, 0, n))
                .extracting(ArticleSummary::id).containsExactlyInAnyOrderElementsOf(noOutlet);
        LocalDate from = LocalDate.of(2024, 11, 1);
        LocalDate to = LocalDate.of(2024, 11, 30);
        Set<String> november = idsWhere(articles, a -> a.metadata().published() != null
                && !a.metadata().published().isBefore(from) && !a.metadata().published().isAfter(to));
        assertThat(library.page(LibraryFilter.ALL.withDates(from, to), LibraryOrder.NEWEST_FIRST, 0, n))
                .extracting(ArticleSummary::id).containsExactlyInAnyOrderElementsOf(november);
        Set<String> kursk = idsWhere(articles, a -> KURSK.matcher(titleAndBody(a)).find());
        assertThat(kursk).isNotEmpty();
        LibraryFilter search = LibraryFilter.ALL.withQuery("kursk");
        assertThat(library.count(search)).isEqualTo(kursk.size());
        assertThat(library.page(search, new LibraryOrder(LibraryOrder.Key.TITLE, false), 0, n))
                .extracting(ArticleSummary::id).containsExactlyInAnyOrderElementsOf(kursk);
        List<String> two = articles.stream().limit(2).map(Article::id).toList();
        assertThat(library.page(LibraryFilter.ALL.withIds(two), LibraryOrder.NEWEST_FIRST, 0, n))
                .extracting(ArticleSummary::id).containsExactlyInAnyOrderElementsOf(two);
        assertThat(library.count(LibraryFilter.ALL.withIds(List.of()))).isZero();
        // outlets: each once ignoring case, sorted ignoring case, the unknown one last
        java.util.TreeSet<String> outlets = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        articles.stream().map(a -> a.metadata().outlet()).filter(o -> o != null && !o.isBlank())
                .forEach(o -> outlets.add(o.strip()));
        List<String> wanted = new ArrayList<>(outlets);
        wanted.add(LibraryFilter.NO_OUTLET);
        assertThat(library.outlets()).containsExactlyElementsOf(wanted);
    }

    @Test
    void searchFindsExactlyTheArticlesHoldingBothTermsWithHighlightedSnippets() throws Exception {
        List<Article> articles = searchArticles();
        addAll(articles);
        List<SearchHit> hits = library.search("\"North Korean\" AND Kursk", 50);
        Set<String> expected = idsWhere(articles, a -> NORTH_KOREAN.matcher(titleAndBody(a)).find()
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
                assertThat(s.text()).doesNotContain("\n").isEqualTo(s.text().strip());
                highlighted.addAll(s.highlightedTexts());
            }
            assertThat(highlighted).allSatisfy(h -> assertThat(h.toLowerCase(Locale.ROOT)).matches("north\\s+korean.*|kursk.*"));
            if (KURSK.matcher(body).find()) {
                assertThat(highlighted).anySatisfy(h -> assertThat(h.toLowerCase(Locale.ROOT)).startsWith("kursk"));
            }
        }
    }

    @Test
    void searchStemsRequiresAllWordsKnowsFieldsDatesAndNegation() throws Exception {
        List<Article> articles = searchArticles();
        addAll(articles);
        Set<String> withTroops = idsWhere(articles, a -> TROOPS.matcher(titleAndBody(a)).find());
        assertThat(ids(library.search("troop", 50))).containsExactlyInAnyOrderElementsOf(withTroops);
        Set<String> both = idsWhere(articles, a -> TROOPS.matcher(titleAndBody(a)).find() && KURSK.matcher(titleAndBody(a)).find());
        assertThat(ids(library.search("troops kursk", 50))).containsExactlyInAnyOrderElementsOf(both);
        assertThat(ids(library.search("kursk NOT troops", 50))).doesNotContainAnyElementsOf(withTroops).isNotEmpty();
        Set<String> withoutKursk = idsWhere(articles, a -> !KURSK.matcher(titleAndBody(a)).find());
        assertThat(ids(library.search("-kursk", 50))).containsExactlyInAnyOrderElementsOf(withoutKursk);
        assertThat(ids(library.search("outlet:spacewar.com", 50)))
                .containsExactlyInAnyOrderElementsOf(idsWhere(articles, a -> "spacewar.com".equalsIgnoreCase(a.metadata().outlet())));
        assertThat(ids(library.search("outlet:\"other outlet\"", 50)))
                .containsExactlyInAnyOrderElementsOf(idsWhere(articles, a -> "other outlet".equalsIgnoreCase(a.metadata().outlet())));
        assertThat(ids(library.search("published:2024-11", 50))).containsExactlyInAnyOrderElementsOf(idsWhere(articles,
                a -> a.metadata().published() != null && a.metadata().published().getYear() == 2024
                        && a.metadata().published().getMonthValue() == 11));
        assertThat(ids(library.search("published:[2024-11-30 TO *] AND troops", 50))).containsExactlyInAnyOrderElementsOf(
                idsWhere(articles, a -> a.metadata().published() != null
                        && !a.metadata().published().isBefore(LocalDate.of(2024, 11, 30))
                        && TROOPS.matcher(titleAndBody(a)).find()));
        assertThat(library.search("   ", 10)).isEmpty();
    }

    @Test
    void aQueryItCannotParseOrAnUnknownFieldIsABadQuery() {
        assertThatThrownBy(() -> library.search("\"unclosed", 10)).isInstanceOf(LibraryException.class)
                .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(Reason.BAD_QUERY));
        assertThatThrownBy(() -> library.search("colour:red", 10)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("there is no field 'colour'");
    }

    @Test
    void editsWinOverImportedMetadataAreSearchableAndSurviveReimport() throws Exception {
        Article a = made("Old title", "Old Outlet", LocalDate.of(2024, 3, 4), "Convoy crossed the bridge at dawn.");
        library.add(a, Extraction.EMPTY);
        LibraryEntry edited = library.edit(a.id().substring(0, 10),
                MetadataEdit.none().set(Field.OUTLET, "New Outlet").set(Field.TITLE, "New title"));
        assertThat(edited.article().metadata().outlet()).isEqualTo("New Outlet");
        assertThat(edited.imported().outlet()).isEqualTo("Old Outlet");
        assertThat(ids(library.search("outlet:\"new outlet\"", 10))).containsExactly(a.id());
        assertThat(ids(library.search("outlet:\"old outlet\"", 10))).isEmpty();
        // re-import of the same file: the imported data is refreshed, the edits stay
        Article reimported = new Article(a.id(), new Metadata("Old title", "Renamed Outlet", null, null, null,
                LocalDate.of(2024, 3, 4), null), a.body(), List.of(), a.source(), Format.TEXT);
        assertThat(library.add(reimported, Extraction.EMPTY)).isEqualTo(AddResult.DUPLICATE);
        LibraryEntry now = library.get(a.id()).orElseThrow();
        assertThat(now.article().metadata().outlet()).isEqualTo("New Outlet");
        assertThat(now.imported().outlet()).isEqualTo("Renamed Outlet");
        LibraryEntry cleared = library.edit(a.id(), MetadataEdit.none().clear(Field.OUTLET));
        assertThat(cleared.article().metadata().outlet()).isEqualTo("Renamed Outlet");
        assertThatThrownBy(() -> library.edit("ffffffffffffffff-none", MetadataEdit.none().set(Field.TITLE, "x")))
                .isInstanceOf(LibraryException.class)
                .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void removesAnArticleOnce() throws Exception {
        List<Article> articles = TestArticles.seeds();
        addAll(articles);
        assertThat(library.remove(articles.get(1).id())).isTrue();
        assertThat(library.remove(articles.get(1).id())).isFalse();
        assertThat(library.get(articles.get(1).id())).isEmpty();
        assertThat(library.size()).isEqualTo(articles.size() - 1);
        assertThat(library.list()).extracting(LibraryEntry::id).doesNotContain(articles.get(1).id());
    }

    @Test
    void articlesByIdAreTheStoredArticlesWithEditsAndSkipUnknownIds() throws Exception {
        List<Article> articles = searchArticles();
        addAll(articles);
        library.edit(articles.get(1).id(), MetadataEdit.none().set(MetadataEdit.Field.OUTLET, "Edited Outlet"));
        List<String> asked = new ArrayList<>(List.of(articles.get(0).id(), articles.get(1).id(), "no-such-article",
                articles.get(5).id(), articles.get(0).id()));
        List<Article> read = library.articles(asked);
        assertThat(read).extracting(Article::id).containsExactlyInAnyOrder(articles.get(0).id(), articles.get(1).id(),
                articles.get(5).id());
        for (Article a : read) {
            assertThat(a).isEqualTo(library.get(a.id()).orElseThrow().article());
        }
        assertThat(read).filteredOn(a -> a.id().equals(articles.get(1).id())).singleElement()
                .satisfies(a -> assertThat(a.metadata().outlet()).isEqualTo("Edited Outlet"));
        assertThat(library.articles(List.of())).isEmpty();
    }

    @Test
    void idsAreEveryArticlesIdOnceAndFollowRemovals() throws Exception {
        assertThat(library.ids()).isEmpty();
        List<Article> articles = searchArticles();
        addAll(articles);
        addAll(articles.subList(0, 2)); // again: still once each
        assertThat(library.ids()).containsExactlyInAnyOrderElementsOf(idsWhere(articles, a -> true));
        library.remove(articles.get(3).id());
        assertThat(library.ids()).hasSize(articles.size() - 1).doesNotContain(articles.get(3).id())
                .isEqualTo(library.list().stream().map(LibraryEntry::id).collect(Collectors.toSet()));
    }

    /**
     * A near-duplicate (another outlet's copy of a seed with a few words changed) and a shorter retelling (the
     * opening sentences of another seed, then other words) among 60 unrelated articles, so that terms of the
     * seeds are in at most 5% of the library and count as telling.
     */
    @Test
    void similarGivesANearDuplicateOrSameStoryArticleFirstNeverItselfAndAtMostTheLimit() throws Exception {
        List<Article> seeds = TestArticles.seeds();
        Article original = seeds.get(0);
        Article copy = made("Copied report", "Copy Outlet", LocalDate.of(2024, 11, 20), original.body()
                .replaceFirst("(?i)\\bthe\\b", "this").replaceFirst("(?i)\\bsaid\\b", "stated") + " Copyright the copier.");
        Article retold = seeds.get(1);
        String[] sentences = retold.body().split("(?<=[.!?])\\s+");
        Article shorter = made("Shorter version", "Brief Outlet", LocalDate.of(2024, 11, 21),
                String.join(" ", List.of(sentences).subList(0, Math.min(4, sentences.length)))
                        + " Readers wrote in about the weather and the harvest.");
        assertThat(copy.id()).isNotEqualTo(original.id());
        List<Article> articles = new ArrayList<>(seeds);
        articles.add(copy);
        articles.add(shorter);
        Random random = new Random(11);
        for (int i = 0; i < 60; i++) {
            articles.add(TestArticles.random(random, i));
        }
        addAll(articles);

        List<String> ofOriginal = library.similar(original.id(), 5);
        assertThat(ofOriginal).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotContain(original.id())
                .doesNotHaveDuplicates();
        assertThat(ofOriginal.get(0)).isEqualTo(copy.id());
        assertThat(library.similar(copy.id(), 5)).first().isEqualTo(original.id());
        assertThat(library.similar(original.id(), 1)).containsExactly(copy.id());
        List<String> ofRetold = library.similar(retold.id(), 3);
        assertThat(ofRetold).hasSizeLessThanOrEqualTo(3).doesNotContain(retold.id()).first().isEqualTo(shorter.id());
        assertThat(library.similar(shorter.id(), 20)).doesNotContain(shorter.id()).first().isEqualTo(retold.id());
        // an id prefix names the same article
        assertThat(library.similar(original.id().substring(0, 10), 5)).isEqualTo(ofOriginal);
        assertThat(library.similar("no-such-article", 5)).isEmpty();
        assertThat(library.similar(original.id(), 0)).isEmpty();
    }

    /** In a library of a few articles (the seeds and one pasted) the near-copy is still found: no word bound then. */
    @Test
    void similarFindsTheNearCopyInALibraryOfAFewArticles() throws Exception {
        List<Article> seeds = TestArticles.seeds();
        Article original = seeds.get(2);
        Article copy = made("Pasted copy", "Paste Outlet", LocalDate.of(2024, 11, 22),
                original.body().replaceFirst("(?i)\\bsaid\\b", "stated") + " Copyright the paster.");
        List<Article> articles = new ArrayList<>(seeds);
        articles.add(copy);
        addAll(articles);
        assertThat(library.similar(copy.id(), 3)).isNotEmpty().doesNotContain(copy.id()).first().isEqualTo(original.id());
        assertThat(Library.similarMaxArticles(6)).isEqualTo(6);
        assertThat(Library.similarMaxArticles(39)).isEqualTo(39);
        assertThat(Library.similarMaxArticles(40)).isEqualTo(2);
        assertThat(Library.similarMaxArticles(100_000)).isEqualTo(5_000);
    }

    @Test
    void aBatchOfManyArticlesIsStoredOnceWithItsDuplicatesAndVisibleWhenItEnds() throws Exception {
        Random random = new Random(5);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            articles.add(TestArticles.random(random, i));
        }
        Set<String> distinct = new HashSet<>();
        int duplicates = 0;
        try (Batch batch = library.batch()) {
            for (Article a : articles) {
                AddResult r = batch.add(a, Extraction.EMPTY);
                assertThat(r).isEqualTo(distinct.add(a.id()) ? AddResult.ADDED : AddResult.DUPLICATE);
            }
            // the same articles again inside the batch: all duplicates
            for (Article a : articles.subList(0, 20)) {
                assertThat(batch.add(a, Extraction.EMPTY)).isEqualTo(AddResult.DUPLICATE);
                duplicates++;
            }
            assertThat(library.get(articles.get(0).id())).isPresent();
        }
        assertThat(duplicates).isEqualTo(20);
        assertThat(library.size()).isEqualTo(distinct.size());
        assertThat(library.list()).extracting(LibraryEntry::id).containsExactlyInAnyOrderElementsOf(distinct);
    }
}

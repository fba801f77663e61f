package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.index.MetadataEdit.Field;

/**
 * Listing the library by pages from the index ({@link Library#page}, {@link Library#count},
 * {@link Library#outlets}): every order and filter against what the full list says, read a page at a time; and
 * a library from before the index kept what listing needs (schema 3) lists the same, read-only as it is and
 * after the upgrade.
 */
class LibraryPageTest {

    private static final int ARTICLES = 300;
    private static final int PAGE = 37;

    @TempDir
    Path temp;

    private static void fill(Library library) throws LibraryException {
        Random random = new Random(17);
        try (Batch batch = library.batch()) {
            for (int n = 0; n < ARTICLES; n++) {
                Article a = TestArticles.random(random, n);
                if (n % 3 == 0) {
                    a = a.withLanguage(n % 2 == 0 ? "eng" : "fra");
                }
                batch.add(a, TestArticles.randomExtraction(random, a.body()));
            }
        }
        // edits win over the imported metadata in every list
        List<LibraryEntry> some = library.list().subList(0, 5);
        library.edit(some.get(0).id(), MetadataEdit.none().set(Field.OUTLET, "gazette"));
        library.edit(some.get(1).id(), MetadataEdit.none().set(Field.TITLE, "aaa First by title"));
        library.edit(some.get(2).id(), MetadataEdit.none().set(Field.PUBLISHED, "2030-01-01"));
    }

    /** The order the test expects, written out here rather than taken from the library. */
    private static Comparator<LibraryEntry> expected(LibraryOrder.Key key, boolean descending) {
        Comparator<LibraryEntry> first = switch (key) {
            case PUBLISHED -> absentLast(e -> e.article().metadata().published(), Comparator.<LocalDate>naturalOrder(), descending);
            case TITLE -> absentLast(e -> lower(e.article().metadata().title()), Comparator.<String>naturalOrder(), descending);
            case OUTLET -> absentLast(e -> lower(e.article().metadata().outlet()), Comparator.<String>naturalOrder(), descending);
            case WORDS -> number(e -> e.article().wordCount(), descending);
            case FIGURES -> number(e -> e.extraction().figures().size(), descending);
            case QUOTES -> number(e -> e.extraction().quotes().size(), descending);
            case ATTRIBUTIONS -> number(e -> e.extraction().attributions().size(), descending);
        };
        return first.thenComparing(absentLast(e -> e.article().metadata().published(), Comparator.<LocalDate>naturalOrder(), true))
                .thenComparing(absentLast(e -> lower(e.article().metadata().title()), Comparator.<String>naturalOrder(), false))
                .thenComparing(LibraryEntry::id);
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> Comparator<LibraryEntry> absentLast(Function<LibraryEntry, T> value, Comparator<T> order,
                                                           boolean descending) {
        return Comparator.comparing(value, Comparator.nullsLast(descending ? order.reversed() : order));
    }

    private static Comparator<LibraryEntry> number(java.util.function.ToIntFunction<LibraryEntry> value, boolean descending) {
        Comparator<LibraryEntry> c = Comparator.comparingInt(value);
        return descending ? c.reversed() : c;
    }

    private static List<String> allPages(Library library, LibraryFilter filter, LibraryOrder order) throws LibraryException {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ArticleSummary> page = library.page(filter, order, offset, PAGE);
            page.forEach(s -> ids.add(s.id()));
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    private static void assertListsLikeTheFullList(Library library) throws LibraryException {
        List<LibraryEntry> all = library.list();
        assertThat(all).hasSize(ARTICLES);
        for (LibraryOrder.Key key : LibraryOrder.Key.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                List<String> want = all.stream().sorted(expected(key, descending)).map(LibraryEntry::id).toList();
                assertThat(allPages(library, LibraryFilter.ALL, new LibraryOrder(key, descending)))
                        .as("%s %s", key, descending ? "descending" : "ascending").isEqualTo(want);
            }
        }
        // the default order is the library's list order
        assertThat(allPages(library, LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST))
                .isEqualTo(all.stream().map(LibraryEntry::id).toList());

        LocalDate from = LocalDate.of(2024, 3, 1);
        LocalDate to = LocalDate.of(2024, 6, 30);
        Set<String> story = Set.of(all.get(3).id(), all.get(50).id(), all.get(299).id());
        Set<String> troops = new TreeSet<>();
        library.search("troops", ARTICLES).forEach(h -> troops.add(h.entry().id()));
        Map<LibraryFilter, Predicate<LibraryEntry>> filters = Map.of(
                LibraryFilter.ALL.withOutlet(" GAZETTE "), e -> "gazette".equalsIgnoreCase(e.article().metadata().outlet()),
                LibraryFilter.ALL.withOutlet(LibraryFilter.NO_OUTLET), e -> e.article().metadata().outlet() == null,
                LibraryFilter.ALL.withDates(from, to), e -> inside(e.article().metadata().published(), from, to),
                LibraryFilter.ALL.withDates(null, to), e -> inside(e.article().metadata().published(), null, to),
                LibraryFilter.ALL.withLanguage("fra"), e -> "fra".equals(e.article().language()),
                LibraryFilter.ALL.withIds(story), e -> story.contains(e.id()),
                LibraryFilter.ALL.withQuery("troops"), e -> troops.contains(e.id()),
                LibraryFilter.ALL.withQuery("troops").withOutlet("The Courier").withDates(from, null),
                e -> troops.contains(e.id()) && "The Courier".equals(e.article().metadata().outlet())
                        && inside(e.article().metadata().published(), from, null));
        for (var f : filters.entrySet()) {
            List<String> want = all.stream().filter(f.getValue())
                    .sorted(expected(LibraryOrder.Key.TITLE, false)).map(LibraryEntry::id).toList();
            assertThat(want).as("the filter %s keeps some and drops some", f.getKey()).isNotEmpty().hasSizeLessThan(ARTICLES);
            assertThat(library.count(f.getKey())).as("count %s", f.getKey()).isEqualTo(want.size());
            assertThat(allPages(library, f.getKey(), new LibraryOrder(LibraryOrder.Key.TITLE, false)))
                    .as("pages %s", f.getKey()).isEqualTo(want);
        }
        assertThat(library.count(LibraryFilter.ALL)).isEqualTo(ARTICLES);
        assertThat(library.page(LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST, ARTICLES, 10)).isEmpty();

        // a summary holds what the list shows, read without the body
        for (LibraryEntry e : List.of(all.get(0), all.get(1), all.get(ARTICLES - 1))) {
            ArticleSummary s = library.page(LibraryFilter.ALL.withIds(Set.of(e.id())), LibraryOrder.NEWEST_FIRST, 0, 1).get(0);
            assertThat(s.title()).isEqualTo(e.article().metadata().title());
            assertThat(s.outlet()).isEqualTo(e.article().metadata().outlet());
            assertThat(s.published()).isEqualTo(e.article().metadata().published());
            assertThat(s.language()).isEqualTo(e.article().language());
            assertThat(s.words()).isEqualTo(e.article().body().strip().split("[^\\p{L}\\p{N}]+").length);
            assertThat(s.figures()).isEqualTo(e.extraction().figures().size());
            assertThat(s.quotes()).isEqualTo(e.extraction().quotes().size());
            assertThat(s.attributions()).isEqualTo(e.extraction().attributions().size());
            assertThat(e.article().body()).startsWith(s.opening());
            assertThat(s.edited()).isEqualTo(e.isEdited());
        }

        List<String> outlets = new ArrayList<>(all.stream().map(e -> e.article().metadata().outlet())
                .filter(o -> o != null).collect(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER), TreeSet::add, TreeSet::addAll));
        outlets.add(LibraryFilter.NO_OUTLET);
        // each outlet once, spelt as one of its articles spells it
        assertThat(library.outlets()).usingElementComparator(String.CASE_INSENSITIVE_ORDER).isEqualTo(outlets);
    }

    private static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    @Test
    void pagesFromTheIndexAgreeWithTheFullListForEveryOrderAndFilter() throws Exception {
        try (Library library = Library.open(temp)) {
            fill(library);
            assertListsLikeTheFullList(library);
            // a removed article leaves every list, its outlet too when it was the last one
            LibraryEntry gone = library.list().get(0);
            library.remove(gone.id());
            assertThat(library.count(LibraryFilter.ALL)).isEqualTo(ARTICLES - 1);
            assertThat(allPages(library, LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST)).doesNotContain(gone.id());
        }
    }

    @Test
    void aLibraryWrittenBeforeSchemaFourListsTheSameReadOnlyAndAfterItsUpgrade() throws Exception {
        try (Library library = Library.open(temp)) {
            fill(library);
        }
        writeAsSchemaThree(temp);
        assertThat(TestIndexes.commitData(temp)).containsEntry(LocalLibrary.SCHEMA_KEY, "3");
        try (Library library = Library.openReadOnly(temp)) {
            assertListsLikeTheFullList(library); // in memory: the documents lack the sort keys
        }
        try (Library library = Library.open(temp)) {
            assertListsLikeTheFullList(library); // from the index, upgraded
        }
        assertThat(TestIndexes.commitData(temp)).containsEntry(LocalLibrary.SCHEMA_KEY, Integer.toString(LocalLibrary.SCHEMA_VERSION));
    }

    /** Rewrites every document without the fields schema 4 added, and marks the library as schema 3. */
    private static void writeAsSchemaThree(Path dir) throws Exception {
        Set<String> added = Set.of(ArticleDocuments.SORT_ID, ArticleDocuments.SORT_PUBLISHED, ArticleDocuments.SORT_TITLE,
                ArticleDocuments.SORT_OUTLET, ArticleDocuments.OUTLET_NAME, ArticleDocuments.WORDS,
                ArticleDocuments.FIGURES, ArticleDocuments.QUOTES, ArticleDocuments.ATTRIBUTIONS, ArticleDocuments.OPENING);
        try (FSDirectory d = FSDirectory.open(dir)) {
            List<LibraryEntry> entries = new ArrayList<>();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    StoredFields stored = leaf.reader().storedFields();
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(i)) {
                            entries.add(ArticleDocuments.decode(stored.document(i)));
                        }
                    }
                }
            }
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ArticleDocuments.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (LibraryEntry e : entries) {
                    Document doc = ArticleDocuments.encode(e);
                    added.forEach(doc::removeFields);
                    w.addDocument(doc);
                }
                w.setLiveCommitData(Map.of(LocalLibrary.SCHEMA_KEY, "3").entrySet());
                w.commit();
            }
        }
    }
}

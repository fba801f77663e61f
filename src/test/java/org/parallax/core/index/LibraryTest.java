package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.AppDirectories;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryException.Reason;
import org.parallax.core.index.MetadataEdit.Field;

/** Adding, reading, editing and removing articles in a real on-disk library. */
class LibraryTest {

    @TempDir
    Path temp;

    @Test
    void opensANewLibraryInAMissingFolder() throws Exception {
        Path dir = temp.resolve("a/b/library");
        try (LocalLibrary library = LocalLibrary.open(dir)) {
            assertThat(library.directory()).isEqualTo(dir.toAbsolutePath());
            assertThat(library.location()).isEqualTo(dir.toAbsolutePath().toString());
            assertThat(library.isReadOnly()).isFalse();
            assertThat(library.size()).isZero();
            assertThat(library.list()).isEmpty();
        }
        assertThat(dir).isDirectory();
        assertThat(TestIndexes.commitData(dir)).containsEntry(LocalLibrary.SCHEMA_KEY, Integer.toString(LocalLibrary.SCHEMA_VERSION)).containsKey(LocalLibrary.VERSION_KEY);
    }

    @Test
    void storesEverythingAndGivesItBack() throws Exception {
        Random random = new Random(7);
        List<Article> seeds = TestArticles.seeds();
        Map<String, Extraction> extractions = new HashMap<>();
        Instant before = Instant.now().minusMillis(1);
        try (Library library = Library.open(temp)) {
            for (Article a : seeds) {
                Extraction e = TestArticles.randomExtraction(random, a.body());
                extractions.put(a.id(), e);
                assertThat(library.add(a, e)).isEqualTo(AddResult.ADDED);
            }
            assertThat(library.size()).isEqualTo(seeds.size());
            for (Article a : seeds) {
                LibraryEntry entry = library.get(a.id()).orElseThrow();
                assertThat(entry.article()).isEqualTo(a);
                assertThat(entry.imported()).isEqualTo(a.metadata());
                assertThat(entry.edits()).isEqualTo(Metadata.EMPTY);
                assertThat(entry.isEdited()).isFalse();
                assertThat(entry.importedAt()).isBetween(before, Instant.now());
                assertThat(entry.extraction()).isEqualTo(extractions.get(a.id()));
            }
        }
    }

    @Test
    void aMissingExtractionIsStoredAsEmpty() throws Exception {
        Article a = TestArticles.seeds().get(0);
        try (Library library = Library.open(temp)) {
            library.add(a, null);
            assertThat(library.get(a.id()).orElseThrow().extraction()).isEqualTo(Extraction.EMPTY);
        }
    }

    @Test
    void listsNewestFirstUndatedLastThenByTitle() throws Exception {
        Random random = new Random(11);
        try (Library library = Library.open(temp)) {
            try (Batch batch = library.batch()) {
                for (Article a : TestArticles.seeds()) {
                    batch.add(a, Extraction.EMPTY);
                }
                for (int i = 0; i < 40; i++) {
                    batch.add(TestArticles.random(random, i), Extraction.EMPTY);
                }
            }
            List<LibraryEntry> list = library.list();
            assertThat(list).hasSize(45);
            for (int i = 1; i < list.size(); i++) {
                Metadata prev = list.get(i - 1).article().metadata();
                Metadata next = list.get(i).article().metadata();
                if (prev.published() == null) {
                    assertThat(next.published()).as("undated articles come last").isNull();
                } else if (next.published() != null && !next.published().equals(prev.published())) {
                    assertThat(next.published()).isBefore(prev.published());
                } else if (next.published() != null && prev.title() != null && next.title() != null) {
                    assertThat(prev.title().compareToIgnoreCase(next.title())).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void theSameArticleTwiceIsOneArticle() throws Exception {
        Article a = TestArticles.seeds().get(1);
        try (Library library = Library.open(temp)) {
            library.add(a, Extraction.EMPTY);
            Instant importedAt = library.get(a.id()).orElseThrow().importedAt();
            assertThat(library.add(a, Extraction.EMPTY)).isEqualTo(AddResult.DUPLICATE);
            assertThat(library.size()).isEqualTo(1);
            assertThat(library.get(a.id()).orElseThrow().importedAt()).isEqualTo(importedAt);
        }
    }

    @Test
    void aCopyFromAnotherFileKeepsTheStoredArticleAndOnlyFillsMissingMetadata() throws Exception {
        Article txt = TestArticles.seeds().get(0);
        // the same text saved as HTML: other white space and quotes give the same id
        String body = txt.body().replace("\n\n", "\n \n").replace("'", "\u2019");
        Metadata htmlMeta = new Metadata("Another headline", null, null, null, null, null, "https://example.org/a");
        Article html = new Article(txt.id(), htmlMeta, body, List.of(), "saved/page.html", Format.HTML);
        try (Library library = Library.open(temp)) {
            library.add(txt, Extraction.EMPTY);
            assertThat(library.add(html, Extraction.EMPTY)).isEqualTo(AddResult.DUPLICATE);
            LibraryEntry e = library.get(txt.id()).orElseThrow();
            assertThat(e.article().body()).isEqualTo(txt.body());
            assertThat(e.article().source()).isEqualTo(txt.source());
            assertThat(e.article().format()).isEqualTo(Format.TEXT);
            assertThat(e.imported().title()).isEqualTo(txt.metadata().title());
            assertThat(e.imported().url()).isEqualTo("https://example.org/a");
        }
    }

    @Test
    void reimportingAFileRefreshesImportedMetadataButKeepsEdits() throws Exception {
        Article a = TestArticles.seeds().get(2);
        try (Library library = Library.open(temp)) {
            library.add(a, Extraction.EMPTY);
            Instant importedAt = library.get(a.id()).orElseThrow().importedAt();
            library.edit(a.id(), MetadataEdit.none().set(Field.OUTLET, "My Outlet").setPublished(LocalDate.of(2024, 11, 6)));

            // the sidecar changed: a byline appeared, the title was corrected, the outlet given
            Metadata changed = a.metadata().withTitle("Corrected title").withOutlet("Sidecar Outlet")
                    .withPublished(LocalDate.of(2024, 11, 5));
            Extraction newExtraction = TestArticles.randomExtraction(new Random(3), a.body());
            assertThat(library.add(a.withMetadata(changed), newExtraction)).isEqualTo(AddResult.DUPLICATE);

            LibraryEntry e = library.get(a.id()).orElseThrow();
            assertThat(e.imported()).isEqualTo(changed);
            assertThat(e.edits().outlet()).isEqualTo("My Outlet");
            assertThat(e.article().metadata().outlet()).as("edits win").isEqualTo("My Outlet");
            assertThat(e.article().metadata().published()).isEqualTo(LocalDate.of(2024, 11, 6));
            assertThat(e.article().metadata().title()).isEqualTo("Corrected title");
            assertThat(e.extraction()).isEqualTo(newExtraction);
            assertThat(e.importedAt()).isEqualTo(importedAt);
        }
        // and all of it after reopening
        try (Library library = Library.open(temp)) {
            LibraryEntry e = library.get(a.id()).orElseThrow();
            assertThat(e.article().metadata().outlet()).isEqualTo("My Outlet");
            assertThat(e.imported().outlet()).isEqualTo("Sidecar Outlet");
            assertThat(library.search("outlet:\"my outlet\"", 10)).extracting(h -> h.entry().id()).containsExactly(a.id());
            assertThat(library.search("outlet:\"sidecar outlet\"", 10)).isEmpty();
        }
    }

    @Test
    void editsSetAndClearFieldsAndAreSearchable() throws Exception {
        Article a = TestArticles.seeds().get(0);
        try (Library library = Library.open(temp)) {
            library.add(a, Extraction.EMPTY);
            LibraryEntry edited = library.edit(a.id(), MetadataEdit.none()
                    .set(Field.TITLE, "  A better title ")
                    .set(Field.BYLINE, "Jane Roe")
                    .set(Field.URL, "https://example.org/x"));
            assertThat(edited.article().metadata().title()).isEqualTo("A better title");
            assertThat(edited.article().metadata().byline()).isEqualTo("Jane Roe");
            assertThat(edited.article().metadata().outlet()).isEqualTo(a.metadata().outlet());
            assertThat(edited.imported()).isEqualTo(a.metadata());
            assertThat(edited.isEdited()).isTrue();
            assertThat(library.get(a.id()).orElseThrow()).isEqualTo(edited);
            assertThat(library.search("byline:roe", 5)).hasSize(1);
            assertThat(library.search("byline:maresca", 5)).isEmpty();

            LibraryEntry cleared = library.edit(a.id(), MetadataEdit.none().clear(Field.BYLINE).set(Field.TITLE, ""));
            assertThat(cleared.article().metadata().byline()).isEqualTo(a.metadata().byline());
            assertThat(cleared.article().metadata().title()).isEqualTo(a.metadata().title());
            assertThat(cleared.edits().url()).isEqualTo("https://example.org/x");
        }
    }

    @Test
    void editRejectsBadDatesAndUnknownIds() throws Exception {
        Article a = TestArticles.seeds().get(0);
        try (Library library = Library.open(temp)) {
            library.add(a, Extraction.EMPTY);
            assertThatThrownBy(() -> library.edit(a.id(), MetadataEdit.none().set(Field.PUBLISHED, "20/11/2024")))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("20/11/2024").hasMessageContaining("2024-11-20")
                    .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.INVALID_INPUT);
            assertThat(library.get(a.id()).orElseThrow().edits()).isEqualTo(Metadata.EMPTY);
            assertThatThrownBy(() -> library.edit("ffffffffffffffff", MetadataEdit.none().set(Field.TITLE, "x")))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("ffffffffffffffff")
                    .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.NOT_FOUND);
        }
    }

    @Test
    void removesArticles() throws Exception {
        List<Article> seeds = TestArticles.seeds();
        try (Library library = Library.open(temp)) {
            for (Article a : seeds) {
                library.add(a, Extraction.EMPTY);
            }
            Article gone = seeds.get(3);
            assertThat(library.remove(gone.id())).isTrue();
            assertThat(library.remove(gone.id())).isFalse();
            assertThat(library.remove("")).isFalse();
            assertThat(library.get(gone.id())).isEmpty();
            assertThat(library.size()).isEqualTo(seeds.size() - 1);
            assertThat(library.search("Rutte OR Kursk OR troops", 10)).extracting(h -> h.entry().id()).doesNotContain(gone.id());
            // adding it again is a new import
            assertThat(library.add(gone, Extraction.EMPTY)).isEqualTo(AddResult.ADDED);
        }
    }

    @Test
    void findsArticlesByUniqueIdPrefixAndNamesTheCandidatesOfAnAmbiguousOne() throws Exception {
        Random random = new Random(5);
        List<Article> articles = new ArrayList<>();
        try (Library library = Library.open(temp)) {
            try (Batch batch = library.batch()) {
                for (int i = 0; i < 40; i++) {
                    Article a = TestArticles.random(random, i);
                    articles.add(a);
                    batch.add(a, Extraction.EMPTY);
                }
            }
            Article one = articles.get(0);
            assertThat(library.get(one.id().substring(0, 12).toUpperCase() + " ")).map(LibraryEntry::id).contains(one.id());
            assertThat(library.get(one.id())).map(LibraryEntry::id).contains(one.id());
            assertThat(library.get("zzzz")).isEmpty();
            assertThat(library.get("  ")).isEmpty();

            // 40 ids over 16 hex digits: some first digit is shared
            Map<Character, List<String>> byFirst = new HashMap<>();
            articles.forEach(a -> byFirst.computeIfAbsent(a.id().charAt(0), c -> new ArrayList<>()).add(a.id()));
            List<String> shared = byFirst.values().stream().filter(l -> l.size() >= 2).findFirst().orElseThrow();
            String prefix = shared.get(0).substring(0, 1);
            assertThatThrownBy(() -> library.get(prefix))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining(shared.get(0)).hasMessageContaining(shared.get(1))
                    .hasMessageContaining("type more")
                    .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.AMBIGUOUS);
            assertThatThrownBy(() -> library.remove(prefix)).isInstanceOf(LibraryException.class);
            assertThat(library.size()).isEqualTo(40);

            String unique = one.id().substring(0, 10);
            assertThat(library.edit(unique, MetadataEdit.none().set(Field.WIRE, "AFP")).id()).isEqualTo(one.id());
            assertThat(library.remove(unique)).isTrue();
        }
    }

    @Test
    void reopeningKeepsEverything() throws Exception {
        Random random = new Random(13);
        List<LibraryEntry> before;
        try (Library library = Library.open(temp)) {
            for (Article a : TestArticles.seeds()) {
                library.add(a, TestArticles.randomExtraction(random, a.body()));
            }
            library.edit(TestArticles.seeds().get(4).id(), MetadataEdit.none().set(Field.TITLE, "Spun copy"));
            before = library.list();
        }
        try (Library library = Library.open(temp)) {
            assertThat(library.list()).isEqualTo(before);
            assertThat(library.search("title:spun", 5)).hasSize(1);
        }
        try (Library library = Library.openReadOnly(temp)) {
            assertThat(library.isReadOnly()).isTrue();
            assertThat(library.list()).isEqualTo(before);
        }
    }

    @Test
    void closingTwiceIsFineAndAClosedLibrarySaysSo() throws Exception {
        Library library = Library.open(temp);
        library.add(TestArticles.seeds().get(0), Extraction.EMPTY);
        library.close();
        library.close();
        assertThatThrownBy(library::size).isInstanceOf(LibraryException.class).hasMessageContaining("closed")
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.CLOSED);
        assertThatThrownBy(() -> library.add(TestArticles.seeds().get(1), Extraction.EMPTY))
                .isInstanceOf(LibraryException.class);
    }

    @Test
    void aReadOnlyLibraryRefusesChanges() throws Exception {
        Article a = TestArticles.seeds().get(0);
        try (Library library = Library.open(temp)) {
            library.add(a, Extraction.EMPTY);
        }
        try (Library library = Library.openReadOnly(temp)) {
            assertThatThrownBy(() -> library.add(TestArticles.seeds().get(1), Extraction.EMPTY))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("read-only")
                    .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.READ_ONLY);
            assertThatThrownBy(() -> library.edit(a.id(), MetadataEdit.none().set(Field.TITLE, "x")))
                    .isInstanceOf(LibraryException.class);
            assertThatThrownBy(() -> library.remove(a.id())).isInstanceOf(LibraryException.class);
            assertThatThrownBy(library::batch).isInstanceOf(LibraryException.class);
            assertThat(library.size()).isEqualTo(1);
        }
    }

    @Test
    void anUnmappedViewReadsTheSameArticlesAndCannotWrite() throws Exception {
        List<Article> seeds = TestArticles.seeds();
        try (Library library = Library.open(temp)) {
            for (Article a : seeds) {
                library.add(a, Extraction.EMPTY);
            }
            String first = seeds.get(0).id();
            try (Library view = library.openUnmappedView().orElseThrow()) {
                assertThat(((LocalLibrary) library).mapsStoredFields()).isTrue();
                assertThat(((LocalLibrary) view).mapsStoredFields()).isFalse();
                assertThat(view.isReadOnly()).isTrue();
                assertThat(view.location()).isEqualTo(library.location());
                assertThat(view.ids()).isEqualTo(library.ids());
                assertThat(view.list()).isEqualTo(library.list());
                assertThat(view.articles(library.ids())).containsExactlyInAnyOrderElementsOf(
                        library.articles(library.ids()));
                assertThat(view.similar(first, 3)).isEqualTo(library.similar(first, 3));
                assertThat(view.search("troops", 10).stream().map(h -> h.entry().id()).toList())
                        .isEqualTo(library.search("troops", 10).stream().map(h -> h.entry().id()).toList());
                assertThatThrownBy(() -> view.remove(first)).isInstanceOf(LibraryException.class)
                        .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.READ_ONLY);
                assertThatThrownBy(() -> view.add(TestArticles.random(new Random(1), 1), Extraction.EMPTY))
                        .isInstanceOf(LibraryException.class);
                // the library it views still writes, and the view sees the change once committed
                library.remove(first);
                assertThat(view.ids()).doesNotContain(first).hasSize(seeds.size() - 1);
            }
            assertThat(library.size()).isEqualTo(seeds.size() - 1);
        }
    }

    @Test
    void defaultDirectoryIsTheAppLibrary() {
        assertThat(Library.defaultDirectory()).isEqualTo(AppDirectories.defaultLibrary());
    }
}

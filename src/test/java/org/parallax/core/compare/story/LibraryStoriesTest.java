package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.Batch;
import org.parallax.core.index.Library;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/** A library's stories from {@link LibraryStories}: kept, brought up to date, and one story found around an article. */
class LibraryStoriesTest {

    @TempDir
    Path temp;

    /** The seeds (one story) among generated articles of other stories. */
    private static List<Article> corpus() throws Exception {
        return StoriesUpdateTest.corpus(31);
    }

    @Test
    void theStoryAroundAnArticleIsTheStoryGroupingEverythingGivesIt() throws Exception {
        List<Article> all = corpus();
        try (Library library = StoriesUpdateTest.libraryOf(temp.resolve("library"), all)) {
            List<Stories.Story> whole = new Stories().group(all, Progress.NONE, Cancellation.NEVER);
            LibraryStories stories = new LibraryStories(temp.resolve("cache"));
            int compared = 0;
            for (Stories.Story st : whole) {
                if (!st.comparable()) {
                    continue;
                }
                Stories.Story around = stories.storyAround(library, st.ids().get(0), Cancellation.NEVER);
                assertThat(new HashSet<>(around.ids())).as("around %s", st.label()).isEqualTo(new HashSet<>(st.ids()));
                compared++;
            }
            assertThat(compared).isGreaterThan(10);
            Set<String> seeds = new HashSet<>();
            StoriesTest.seeds().forEach(a -> seeds.add(a.id()));
            Stories.Story ofSeed = stories.storyOf(library, StoriesTest.seeds().get(3).id(), Progress.NONE, Cancellation.NEVER);
            assertThat(new HashSet<>(ofSeed.ids())).isEqualTo(seeds);
            assertThat(stories.storyAround(library, "not-an-article", Cancellation.NEVER).ids()).containsExactly("not-an-article");
        }
    }

    @Test
    void keptStoriesAreReadByTheNextInstanceAndTakeInChanges() throws Exception {
        List<Article> all = corpus();
        Article later = StoriesTest.seeds().get(0);
        try (Library library = Library.open(temp.resolve("library"))) {
            try (Batch batch = library.batch()) {
                for (Article a : all) {
                    if (!a.id().equals(later.id())) {
                        batch.add(a, Extraction.EMPTY);
                    }
                }
            }
            List<Stories.Story> first = new LibraryStories(temp.resolve("cache")).stories(library, Progress.NONE,
                    Cancellation.NEVER);
            assertThat(new SavedStories(temp.resolve("cache"), library.location()).read()).contains(first);
            library.add(later, Extraction.EMPTY); // a seed, added by another program
            List<Stories.Story> next = new LibraryStories(temp.resolve("cache")).stories(library, Progress.NONE,
                    Cancellation.NEVER);
            Set<String> seeds = new HashSet<>();
            StoriesTest.seeds().forEach(a -> seeds.add(a.id()));
            assertThat(next).filteredOn(st -> st.contains(later.id())).singleElement()
                    .satisfies(st -> assertThat(new HashSet<>(st.ids())).isEqualTo(seeds));
            assertThat(next.stream().mapToInt(Stories.Story::size).sum()).isEqualTo(all.size());
        }
    }
}

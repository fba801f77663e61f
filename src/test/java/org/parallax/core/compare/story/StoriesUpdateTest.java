package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.Batch;
import org.parallax.core.index.Library;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * Stories updated a batch at a time ({@link Stories#update}, neighbours from a real library's index) against
 * the whole library grouped at once, on the seeds and a generated corpus of many small stories: the pairs of
 * articles put together agree (precision and recall of the update's pairs against the full grouping's).
 */
class StoriesUpdateTest {

    private static final Comparator NEWEST_FIRST = new Comparator();

    @TempDir
    Path temp;

    /** The seeds (one story) and generated stories of 1 to 6 articles, shuffled. */
    static List<Article> corpus(long seed) throws Exception {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(StoriesTest.seeds());
        String[] general = new String[300];
        for (int k = 0; k < general.length; k++) {
            general[k] = StoryGrouperProperties.word(r, false);
        }
        for (int s = 0; s < 45; s++) {
            String[] topic = new String[12];
            String[] names = new String[4];
            for (int k = 0; k < topic.length; k++) {
                topic[k] = StoryGrouperProperties.word(r, false);
            }
            for (int k = 0; k < names.length; k++) {
                names[k] = StoryGrouperProperties.word(r, true);
            }
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(300));
            int size = 1 + r.nextInt(6);
            for (int a = 0; a < size; a++) {
                String body = StoryGrouperProperties.article(r, topic, names, general, 80 + r.nextInt(200));
                LocalDate date = r.nextInt(4) == 0 ? null : day.plusDays(r.nextInt(40));
                out.add(Article.of(new Metadata("Story " + s + " report " + a, "Outlet " + r.nextInt(5), null, null,
                        null, date, null), body, List.of(), "generated/" + s + "-" + a + ".txt", Format.TEXT));
            }
        }
        Collections.shuffle(out, r);
        return out;
    }

    /** A library in {@code dir} holding these articles (no extraction). */
    static Library libraryOf(Path dir, List<Article> articles) throws Exception {
        Library library = Library.open(dir);
        try (Batch batch = library.batch()) {
            for (Article a : articles) {
                batch.add(a, Extraction.EMPTY);
            }
        }
        return library;
    }

    private static Stories.Neighbourhood neighbourhood(Library library) {
        return LibraryStories.neighbourhood(library);
    }

    /** Every pair of articles in one story, as "a|b" with a < b. */
    private static Set<String> pairs(List<Stories.Story> stories) {
        Set<String> out = new HashSet<>();
        for (Stories.Story s : stories) {
            List<String> ids = new ArrayList<>(s.ids());
            Collections.sort(ids);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    out.add(ids.get(i) + "|" + ids.get(j));
                }
            }
        }
        return out;
    }

    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 1;
        }
        return of.stream().filter(in::contains).count() / (double) of.size();
    }

    private static List<Article> sorted(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles);
        out.sort(NEWEST_FIRST);
        return out;
    }

    @Test
    void updatingBatchByBatchPutsTogetherWhatGroupingEverythingDoes() throws Exception {
        List<Article> all = corpus(4242);
        int start = all.size() / 2;
        Stories updating = new Stories();
        List<Stories.Story> stories;
        try (Library library = Library.open(temp.resolve("library"))) {
            try (Batch batch = library.batch()) {
                for (Article a : all.subList(0, start)) {
                    batch.add(a, Extraction.EMPTY);
                }
            }
            stories = updating.group(sorted(all.subList(0, start)), Progress.NONE, Cancellation.NEVER);
            for (int from = start; from < all.size(); from += 15) {
                List<Article> added = all.subList(from, Math.min(all.size(), from + 15));
                try (Batch batch = library.batch()) {
                    for (Article a : added) {
                        batch.add(a, Extraction.EMPTY);
                    }
                }
                Optional<List<Stories.Story>> updated = updating.update(stories, added, List.of(),
                        neighbourhood(library), Progress.NONE, Cancellation.NEVER);
                assertThat(updated).as("a batch of 15 regroups a bounded part").isPresent();
                stories = updated.get();
            }
            assertThat(stories.stream().mapToInt(Stories.Story::size).sum()).as("every article in one story")
                    .isEqualTo(all.size());
            assertThat(stories.stream().flatMap(s -> s.ids().stream()).distinct().count()).isEqualTo(all.size());

            List<Stories.Story> full = new Stories().group(sorted(all), Progress.NONE, Cancellation.NEVER);
            Set<String> updatedPairs = pairs(stories);
            Set<String> fullPairs = pairs(full);
            double precision = share(updatedPairs, fullPairs);
            double recall = share(fullPairs, updatedPairs);
            System.out.printf("Stories updated in batches of 15 vs grouped at once (%d articles): pair precision %.3f,"
                    + " recall %.3f (%d vs %d pairs)%n", all.size(), precision, recall, updatedPairs.size(), fullPairs.size());
            assertThat(precision).isGreaterThanOrEqualTo(0.95);
            assertThat(recall).isGreaterThanOrEqualTo(0.95);
            // the seeds, one story, stay one story
            Set<String> seedIds = new HashSet<>();
            StoriesTest.seeds().forEach(a -> seedIds.add(a.id()));
            assertThat(stories).filteredOn(s -> s.ids().stream().anyMatch(seedIds::contains)).hasSize(1);

            // removing articles takes them out of their stories, the rest as grouping what is left
            List<String> removed = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 7) {
                removed.add(all.get(i).id());
                library.remove(all.get(i).id());
            }
            stories = updating.update(stories, List.of(), removed, neighbourhood(library), Progress.NONE,
                    Cancellation.NEVER).orElseThrow();
            List<Article> left = all.stream().filter(a -> !removed.contains(a.id())).toList();
            assertThat(stories.stream().flatMap(s -> s.ids().stream())).doesNotContainAnyElementsOf(removed)
                    .hasSize(left.size());
            Set<String> leftPairs = pairs(new Stories().group(sorted(left), Progress.NONE, Cancellation.NEVER));
            assertThat(share(pairs(stories), leftPairs)).isGreaterThanOrEqualTo(0.95);
            assertThat(share(leftPairs, pairs(stories))).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void groupingStepByStepFromNothingPutsTogetherWhatGroupingEverythingDoes() throws Exception {
        List<Article> all = corpus(777);
        try (Library library = StoriesUpdateTest.libraryOf(temp.resolve("stepwise"), all)) {
            List<Integer> kept = new ArrayList<>();
            List<long[]> told = new ArrayList<>();
            Progress progress = (done, total, what) -> told.add(new long[] {done, total});
            List<Stories.Story> stories = new Stories().updateInSteps(List.of(), library.ids(), List.of(),
                    neighbourhood(library), sofar -> kept.add(sofar.stream().mapToInt(Stories.Story::size).sum()),
                    progress, Cancellation.NEVER);

            assertThat(stories.stream().flatMap(s -> s.ids().stream()).toList()).as("every article in one story, once")
                    .hasSize(all.size()).doesNotHaveDuplicates();
            assertThat(kept).as("told after each step, placing more each time").isNotEmpty().isSorted();
            assertThat(kept.size()).as("steps of at most " + Stories.STEP).isGreaterThanOrEqualTo(all.size() / 1000 + 1);
            assertThat(told).isNotEmpty().allMatch(t -> t[0] <= t[1] && t[1] == all.size());
            Set<String> stepPairs = pairs(stories);
            Set<String> fullPairs = pairs(new Stories().group(sorted(all), Progress.NONE, Cancellation.NEVER));
            double precision = share(stepPairs, fullPairs);
            double recall = share(fullPairs, stepPairs);
            System.out.printf("Stories grouped step by step vs at once (%d articles): pair precision %.3f, recall %.3f%n",
                    all.size(), precision, recall);
            assertThat(precision).isGreaterThanOrEqualTo(0.95);
            assertThat(recall).isGreaterThanOrEqualTo(0.95);
            Set<String> seedIds = new HashSet<>();
            StoriesTest.seeds().forEach(a -> seedIds.add(a.id()));
            assertThat(stories).filteredOn(s -> s.ids().stream().anyMatch(seedIds::contains)).hasSize(1);

            // removed and added step by step: the removed leave, the rest stays grouped
            List<String> removed = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 5) {
                removed.add(all.get(i).id());
                library.remove(all.get(i).id());
            }
            List<Stories.Story> after = new Stories().updateInSteps(stories, List.of(), removed, neighbourhood(library),
                    sofar -> { }, Progress.NONE, Cancellation.NEVER);
            assertThat(after.stream().flatMap(s -> s.ids().stream()).toList()).doesNotContainAnyElementsOf(removed)
                    .hasSize(all.size() - removed.size()).doesNotHaveDuplicates();
        }
    }

    /**
     * A story of more than {@value Stories#LARGE} articles is extended, not regrouped: a copy of one of its articles
     * joins it (its name kept, the rest of it not read), a removed member leaves it, while a small story touched by
     * the same update is regrouped as always.
     */
    @Test
    void aLargeStoryIsExtendedNotRegrouped() throws Exception {
        List<Article> generated = new ArrayList<>();
        Set<String> seedIds = new HashSet<>();
        StoriesTest.seeds().forEach(a -> seedIds.add(a.id()));
        for (long seed = 1; generated.size() <= Stories.LARGE; seed++) {
            corpus(seed).stream().filter(a -> !seedIds.contains(a.id())).forEach(generated::add);
        }
        List<Article> seeds = StoriesTest.seeds();
        Article base = generated.get(0);
        Article copy = Article.of(new Metadata(base.metadata().title() + " (updated)", "Another Outlet", null, null,
                        null, LocalDate.of(2025, 1, 2), null), base.body() + " It was updated.", List.of(),
                "generated/copy.txt", Format.TEXT);
        try (Library library = Library.open(temp.resolve("large"))) {
            try (Batch batch = library.batch()) {
                for (Article a : generated) {
                    batch.add(a, Extraction.EMPTY);
                }
                for (Article a : seeds) {
                    batch.add(a, Extraction.EMPTY);
                }
                batch.add(copy, Extraction.EMPTY);
            }
            Stories.Story large = new Stories.Story(generated.stream().map(Article::id).toList(), "Everything generated",
                    List.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 1), List.of("Outlet 1"));
            List<Stories.Story> previous = new ArrayList<>(List.of(large));
            previous.addAll(new Stories().group(sorted(seeds.subList(1, seeds.size())), Progress.NONE, Cancellation.NEVER));
            String leaving = generated.get(5).id();
            library.remove(leaving);
            List<Article> read = new ArrayList<>();
            Stories.Neighbourhood counting = new Stories.Neighbourhood() {
                @Override
                public List<String> similar(String id, int limit) throws Exception {
                    return library.similar(id, limit);
                }

                @Override
                public List<Article> articles(Collection<String> ids) throws Exception {
                    List<Article> out = neighbourhood(library).articles(ids);
                    read.addAll(out);
                    return out;
                }
            };
            List<Stories.Story> after = new Stories().update(previous, List.of(copy, seeds.get(0)), List.of(leaving),
                    counting, Progress.NONE, Cancellation.NEVER).orElseThrow();

            Stories.Story extended = after.stream().filter(st -> st.contains(base.id())).findFirst().orElseThrow();
            assertThat(extended.title()).isEqualTo("Everything generated");
            assertThat(extended.ids()).contains(copy.id()).doesNotContain(leaving).hasSize(generated.size());
            assertThat(extended.last()).isEqualTo(LocalDate.of(2025, 1, 2));
            assertThat(extended.outlets()).contains("Another Outlet");
            assertThat(after).filteredOn(st -> st.ids().stream().anyMatch(seedIds::contains)).singleElement()
                    .satisfies(st -> assertThat(st.ids()).containsExactlyInAnyOrderElementsOf(seedIds));
            assertThat(read.size()).as("no more than the neighbours and the small story read, not the large story")
                    .isLessThan(2 * Stories.NEIGHBOURS + seeds.size());
            assertThat(after.stream().flatMap(st -> st.ids().stream()).toList()).doesNotHaveDuplicates()
                    .hasSize(generated.size() + seeds.size());
        }
    }

    @Test
    void aStepwiseGroupingStopsWhenCancelled() throws Exception {
        List<Article> all = corpus(99);
        try (Library library = StoriesUpdateTest.libraryOf(temp.resolve("cancelled"), all)) {
            int[] steps = {0};
            boolean[] cancelled = {false};
            Cancellation afterOneStep = () -> cancelled[0];
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Stories().updateInSteps(List.of(),
                            library.ids(), List.of(), neighbourhood(library), sofar -> cancelled[0] = ++steps[0] >= 1,
                            Progress.NONE, afterOneStep))
                    .isInstanceOf(org.parallax.core.progress.CancelledException.class);
            assertThat(steps[0]).as("no step after the cancel").isEqualTo(1);
        }
    }

    /** The library's list order (newest first, undated last, then title, then id), as the app lists it. */
    private static final class Comparator implements java.util.Comparator<Article> {
        private final java.util.Comparator<Article> order = java.util.Comparator
                .comparing((Article a) -> a.metadata().published(),
                        java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>reverseOrder()))
                .thenComparing(a -> a.metadata().title(), java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(Article::id);

        @Override
        public int compare(Article a, Article b) {
            return order.compare(a, b);
        }
    }
}

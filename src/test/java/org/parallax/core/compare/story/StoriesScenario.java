package org.parallax.core.compare.story;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parallax.core.article.Article;
import org.parallax.core.index.Library;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * A fixed run of grouping, step-by-step grouping and updates on a generated library, written out story by story,
 * so that a change meant to make them faster can be checked to give the same stories ({@link StoriesSameAsBeforeTest}
 * against {@code compare-story/stories-before-speedups.txt}, written by this class's {@link #main} on the code before
 * it). Uses only what the code before had.
 */
final class StoriesScenario {

    private StoriesScenario() {
    }

    /** The stories of each part of the run, one line a story (in the order given), a header line a part. */
    static List<String> run(Path dir) throws Exception {
        List<Article> all = StoriesUpdateTest.corpus(2026);
        List<String> out = new ArrayList<>();
        try (Library library = StoriesUpdateTest.libraryOf(dir, all)) {
            Stories.Neighbourhood neighbourhood = LibraryStories.neighbourhood(library);
            List<Article> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing((Article a) -> a.metadata().published(),
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(a -> a.metadata().title(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                    .thenComparing(Article::id));
            int first = all.size() * 3 / 4;
            List<String> firstIds = all.subList(0, first).stream().map(Article::id).toList();
            List<Article> later = all.subList(first, all.size());
            List<String> removed = all.subList(0, first).stream().filter(a -> a.id().hashCode() % 7 == 0)
                    .map(Article::id).toList();
            // every pair compared (up to 600 articles), and neighbours only (a grouper comparing every pair of up to 30)
            StoryGrouper[] groupers = {new StoryGrouper(), new StoryGrouper(0.2, 21, 30, 4, 12)};
            for (int g = 0; g < groupers.length; g++) {
                String name = g == 0 ? "every pair" : "neighbours";
                add(out, name + ": grouped at once", new Stories(groupers[g]).group(sorted, Progress.NONE,
                        Cancellation.NEVER));
                Stories stories = new Stories(groupers[g]);
                List<Stories.Story> steps = stories.updateInSteps(List.of(), firstIds, List.of(), neighbourhood,
                        sofar -> { }, Progress.NONE, Cancellation.NEVER);
                add(out, name + ": grouped step by step", steps);
                List<Stories.Story> updated = stories.update(steps, later, removed, neighbourhood, Progress.NONE,
                        Cancellation.NEVER).orElseThrow();
                add(out, name + ": updated", updated);
                // a story of more than Stories.LARGE articles: the others join it, not regroup it
                List<String> large = new ArrayList<>();
                List<Stories.Story> rest = new ArrayList<>();
                for (Stories.Story st : steps) {
                    if (large.size() <= Stories.LARGE + 40) { // still large once the removed leave
                        large.addAll(st.ids());
                    } else {
                        rest.add(st);
                    }
                }
                rest.add(0, new Stories.Story(large, "Large", List.of(), null, null, List.of()));
                Stories fresh = new Stories(groupers[g]);
                fresh.remember(rest);
                add(out, name + ": a large story updated", fresh.update(rest, later, removed, neighbourhood,
                        Progress.NONE, Cancellation.NEVER).orElseThrow());
            }
        }
        return out;
    }

    private static void add(List<String> out, String header, List<Stories.Story> stories) {
        out.add("# " + header + " (" + stories.size() + " stories)");
        for (Stories.Story st : stories) {
            out.add(st.size() + " | " + String.join(",", st.ids()) + " | " + st.title() + " | " + st.names() + " | "
                    + st.first() + " | " + st.last() + " | " + st.outlets());
        }
    }

    /** Writes the run's stories to the file given. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("stories-scenario");
        Files.write(Path.of(args[0]), run(dir.resolve("library")), StandardCharsets.UTF_8);
    }
}

package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.deveval.DevEval;

/**
 * Stories stay whole as more articles arrive, in any order and in any batches: the dev-eval stories (real articles
 * of six stories, read from {@code ../shared}) and the seeds, added to one library a batch at a time as a user
 * imports them. Grouping is also reported against dev-eval's stories as pairwise precision and recall (two
 * articles put in one story that are of one story).
 */
class StoryStabilityTest {

    /** Every dev-eval article as the app reads it (metadata inferred from the file), keyed to its gold story. */
    private static Map<Article, String> devEval() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        Map<Article, String> out = new java.util.LinkedHashMap<>();
        for (DevEval.Story s : DevEval.stories()) {
            for (DevEval.Article a : s.articles()) {
                out.put(loader.load(a.file()), s.name());
            }
        }
        for (Article a : StoriesTest.seeds()) {
            out.put(a, "seeds");
        }
        return out;
    }

    private static List<Set<String>> partition(List<Stories.Story> stories) {
        return stories.stream().map(s -> (Set<String>) new HashSet<>(s.ids())).toList();
    }

    @Test
    void aStoryIsNeverSplitWhenMoreArticlesArriveInAnyOrderOrBatches() throws Exception {
        Map<Article, String> gold = devEval();
        List<Article> all = new ArrayList<>(gold.keySet());
        List<String> splits = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            List<Article> order = new ArrayList<>(all);
            Collections.shuffle(order, new Random(seed));
            int batch = 1 + (int) (seed % 5); // batches of 2 to 6 articles
            Stories stories = new Stories();
            List<Set<String>> before = List.of();
            for (int end = batch; end < order.size() + batch; end += batch) {
                List<Article> library = order.subList(0, Math.min(end, order.size()));
                List<Set<String>> after = partition(stories.group(library, Progress.NONE, Cancellation.NEVER));
                for (Set<String> story : before) {
                    if (story.size() >= 2 && after.stream().noneMatch(s -> s.containsAll(story))) {
                        splits.add("seed " + seed + ", " + library.size() + " articles: a story of " + story.size()
                                + " split into " + after.stream().filter(s -> s.stream().anyMatch(story::contains))
                                .map(s -> s.stream().filter(story::contains).count()).toList());
                    }
                }
                before = after;
            }
            // a story kept whole must not keep a mistake made when the library was small
            double[] pr = pairwise(before, gold);
            System.out.printf("seed %d, batches of %d: pairwise precision %.3f, recall %.3f%n", seed, batch, pr[0], pr[1]);
            assertThat(pr[0]).as("pairwise precision after batches of " + batch + ", seed " + seed).isGreaterThanOrEqualTo(0.9);
            assertThat(pr[1]).as("pairwise recall after batches of " + batch + ", seed " + seed).isGreaterThanOrEqualTo(0.8);
        }
        assertThat(splits).as("stories split by the articles that came after").isEmpty();
    }

    @Test
    void theStoriesDoNotDependOnTheOrderTheArticlesCameIn() throws Exception {
        List<Article> all = new ArrayList<>(devEval().keySet());
        Set<Set<String>> first = new HashSet<>(partition(new Stories().group(all, Progress.NONE, Cancellation.NEVER)));
        for (long seed = 1; seed <= 4; seed++) {
            List<Article> order = new ArrayList<>(all);
            Collections.shuffle(order, new Random(seed));
            Set<Set<String>> other = new HashSet<>(partition(new Stories().group(order, Progress.NONE, Cancellation.NEVER)));
            assertThat(other).as("stories of the articles in order " + seed).isEqualTo(first);
        }
    }

    /** Pairwise precision and recall of a partition of article ids against the gold stories. */
    private static double[] pairwise(List<Set<String>> found, Map<Article, String> gold) {
        List<String> ids = gold.keySet().stream().map(Article::id).toList();
        Map<String, String> storyOf = new HashMap<>();
        gold.forEach((a, s) -> storyOf.put(a.id(), s));
        long truePairs = 0;
        long foundPairs = 0;
        long goldPairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                boolean same = storyOf.get(a).equals(storyOf.get(b));
                boolean together = found.stream().anyMatch(s -> s.contains(a) && s.contains(b));
                goldPairs += same ? 1 : 0;
                foundPairs += together ? 1 : 0;
                truePairs += same && together ? 1 : 0;
            }
        }
        return new double[] {foundPairs == 0 ? 1 : (double) truePairs / foundPairs, (double) truePairs / goldPairs};
    }

    @Test
    void theStoriesMatchDevEvalsStories() throws Exception {
        Map<Article, String> gold = devEval();
        List<Article> all = new ArrayList<>(gold.keySet());
        Map<String, String> storyOf = new HashMap<>();
        gold.forEach((a, s) -> storyOf.put(a.id(), s));
        List<Stories.Story> stories = new Stories().group(all, Progress.NONE, Cancellation.NEVER);
        double[] pr = pairwise(partition(stories), gold);
        double precision = pr[0];
        double recall = pr[1];
        System.out.printf("story grouping on dev-eval and the seeds (%d articles, %d stories found): pairwise "
                + "precision %.3f, recall %.3f%n", all.size(), stories.size(), precision, recall);
        for (Stories.Story s : stories) {
            System.out.println("  " + s.size() + " " + s.ids().stream().map(storyOf::get).distinct().toList()
                    + " names " + s.names() + " label " + s.label());
        }
        assertThat(precision).as("pairwise precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("pairwise recall").isGreaterThanOrEqualTo(0.8);
    }
}

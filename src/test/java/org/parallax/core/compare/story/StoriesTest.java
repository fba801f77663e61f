package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

/** The library's stories: the seeds are one story, unrelated reports stand alone, large inputs stay bounded. */
class StoriesTest {

    static List<Article> seeds() throws Exception {
        Path dir = Path.of(System.getProperty("parallax.seeds", "seeds"));
        assertThat(dir).as("the repository's seeds folder (parallax.seeds)").isDirectory();
        ArticleLoader loader = new ArticleLoader();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(loader.load(f));
            }
        }
        return out;
    }

    private static Article article(String body, String title, String outlet, LocalDate published) {
        return Article.of(new Metadata(title, outlet, null, null, null, published, null), body, List.of(),
                "test:" + title, Format.TEXT);
    }

    /** A report on something else: a cookery or gardening piece, words drawn with the given random. */
    static String unrelated(Random random, int words) {
        String[] vocab = ("garden tomato compost basil soil seedling harvest recipe oven flour butter pastry glaze "
                + "orchard pruning mulch greenhouse lettuce cucumber sourdough yeast knead dough simmer broth "
                + "saucepan vinegar marinade roast thyme rosemary").split(" ");
        String[] names = {"Margaret", "Devon", "Cornwall", "Lisbon", "Henrietta", "Oxford"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i % 12 == 0) {
                b.append(i == 0 ? "" : ". ").append("The ");
            }
            b.append(random.nextInt(8) == 0 ? names[random.nextInt(names.length)] : vocab[random.nextInt(vocab.length)])
                    .append(' ');
        }
        return b.append('.').toString();
    }

    @Test
    void theSeedsAreOneStoryWithTheirOutletsDatesAndNames() throws Exception {
        List<Article> seeds = seeds();
        List<Stories.Story> stories = new Stories().group(seeds, Progress.NONE, Cancellation.NEVER);
        assertThat(stories).hasSize(1);
        Stories.Story story = stories.get(0);
        assertThat(story.ids()).containsExactlyElementsOf(seeds.stream().map(Article::id).toList());
        assertThat(story.comparable()).isTrue();
        List<LocalDate> dates = seeds.stream().map(a -> a.metadata().published()).filter(d -> d != null).sorted().toList();
        assertThat(story.first()).isEqualTo(dates.get(0));
        assertThat(story.last()).isEqualTo(dates.get(dates.size() - 1));
        assertThat(story.outlets()).containsExactlyInAnyOrderElementsOf(seeds.stream().map(a -> a.metadata().outlet())
                .filter(o -> o != null).distinct().toList());
        // named by what several articles say, not by one article's title; and names several articles share
        assertThat(story.title()).isNotBlank();
        assertThat(seeds.stream().map(a -> a.metadata().title())).doesNotContain(story.title());
        for (String part : story.title().split(", ")) {
            assertThat(seeds.stream().filter(a -> (a.metadata().title() + " " + a.body()).toLowerCase()
                    .contains(part.toLowerCase())).count()).as(part).isGreaterThanOrEqualTo(2);
        }
        assertThat(story.names()).isNotEmpty().hasSizeLessThanOrEqualTo(Stories.MAX_NAMES);
        for (String name : story.names()) {
            assertThat(seeds.stream().filter(a -> a.body().contains(name)).count()).as(name).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anUnrelatedArticleIsAStoryOfItsOwnThatCannotBeCompared() throws Exception {
        List<Article> articles = new ArrayList<>(seeds());
        Article other = article(unrelated(new Random(7), 300), "Spring in the garden", "Garden Weekly", LocalDate.of(2024, 11, 2));
        articles.add(2, other);
        for (String name : List.of("sports-cup-final.txt", "weather-storm-warning.txt", "election-local.txt")) {
            articles.add(article(StoryGrouperTest.resource(name), name, "Local News", null));
        }
        List<Stories.Story> stories = new Stories().group(articles, Progress.NONE, Cancellation.NEVER);
        assertThat(stories).hasSize(5);
        assertThat(stories.get(0).size()).isEqualTo(5);
        assertThat(stories.get(0).ids()).doesNotContain(other.id());
        Stories.Story alone = Stories.storyOf(stories, other.id()).orElseThrow();
        assertThat(alone.ids()).containsExactly(other.id());
        assertThat(alone.comparable()).isFalse();
        assertThat(alone.label()).isEqualTo("Spring in the garden");
        assertThat(alone.first()).isEqualTo(LocalDate.of(2024, 11, 2)).isEqualTo(alone.last());
        // every article in exactly one story
        assertThat(stories.stream().mapToInt(Stories.Story::size).sum()).isEqualTo(articles.size());
    }

    @Test
    void groupingAgainReadsOnlyNewArticlesAndGivesTheSameStories() throws Exception {
        List<Article> seeds = seeds();
        Stories stories = new Stories();
        List<Stories.Story> once = stories.group(seeds, Progress.NONE, Cancellation.NEVER);
        List<Stories.Story> again = stories.group(seeds, Progress.NONE, Cancellation.NEVER);
        assertThat(again).isEqualTo(once);
        List<Article> fewer = seeds.subList(0, 3);
        assertThat(stories.group(fewer, Progress.NONE, Cancellation.NEVER)).singleElement()
                .satisfies(s -> assertThat(s.ids()).hasSize(3));
    }

    @Test
    void progressReachesTheEndAndCancellingStops() throws Exception {
        List<Article> seeds = seeds();
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        new Stories().group(seeds, (done, all, message) -> {
            assertThat(done).isGreaterThanOrEqualTo(last.get());
            last.set(done);
            total.set(all);
        }, Cancellation.NEVER);
        assertThat(last.get()).isEqualTo(total.get()).isEqualTo(2L * seeds.size());

        AtomicInteger checks = new AtomicInteger();
        Cancellation afterThree = () -> checks.incrementAndGet() > 3;
        assertThatThrownBy(() -> new Stories().group(seeds, Progress.NONE, afterThree))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> new Stories().group(seeds, Progress.NONE, () -> true))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void anEmptyLibraryHasNoStories() throws CancelledException {
        assertThat(new Stories().group(List.of(), Progress.NONE, Cancellation.NEVER)).isEmpty();
    }
}

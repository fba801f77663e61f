package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * A story is named by what its articles' titles and leads share, never by one article's title. The reports here
 * are made up for this test (an invented town and bridge), beside unrelated pieces that give the library its
 * ordinary words.
 */
class StoryNamesTest {

    private static Article article(String title, String body, String outlet) {
        return Article.of(new Metadata(title, outlet, null, null, null, LocalDate.of(2031, 4, 3), null), body, List.of(),
                "test:" + outlet + title, Format.TEXT);
    }

    private static final String REST = " Engineers from the county inspected the piers on Tuesday and said the"
            + " water had scoured the foundations. The county closed the approach roads and set up a diversion through"
            + " the industrial estate. Traffic queued for hours in Ostbury as lorries were sent round the ring road."
            + " The mayor of Ostbury said repairs to the Vellan Bridge could take months, and the county asked drivers"
            + " to avoid the town centre. The river crested overnight at its highest level in forty years.";

    /** Three reports of the bridge's closure; the third article took a photo caption for its title. */
    private static List<Article> bridgeStory() {
        return List.of(
                article("Floods shut Vellan Bridge in Ostbury",
                        "The Vellan Bridge in Ostbury was shut on Monday after floods undermined its piers." + REST,
                        "Ostbury Gazette"),
                article("Ostbury's Vellan Bridge closed as river floods",
                        "Ostbury lost its main crossing when the Vellan Bridge closed after the river flooded." + REST,
                        "County Courier"),
                article("A child waves from a balcony above the brown water",
                        "Floods closed the Vellan Bridge in Ostbury, cutting the town in two." + REST, "Picture Desk"));
    }

    private static List<Article> library(List<Article> story) {
        List<Article> all = new ArrayList<>(story);
        Random random = new Random(11);
        all.add(article("Garden notes", StoriesTest.unrelated(random, 250), "Garden Weekly"));
        for (String name : List.of("sports-cup-final.txt", "weather-storm-warning.txt", "election-local.txt")) {
            all.add(article(name, StoryGrouperTest.resource(name), "Local News"));
        }
        return all;
    }

    @Test
    void aStoryIsNamedByWhatItsArticlesShareNotByAPhotoCaptionTakenForATitle() throws Exception {
        List<Article> story = bridgeStory();
        List<Stories.Story> stories = new Stories().group(library(story), Progress.NONE, Cancellation.NEVER);
        Stories.Story bridge = Stories.storyOf(stories, story.get(2).id()).orElseThrow();
        assertThat(bridge.ids()).containsExactlyInAnyOrderElementsOf(story.stream().map(Article::id).toList());
        String name = bridge.label();
        assertThat(story.stream().map(a -> a.metadata().title())).doesNotContain(name);
        assertThat(name).contains("Vellan Bridge").contains("Ostbury");
        assertThat(name.toLowerCase()).doesNotContain("balcony").doesNotContain("child").doesNotContain("brown");
    }

    @Test
    void theNameDoesNotDependOnWhichArticleCameFirst() throws Exception {
        List<Article> story = new ArrayList<>(bridgeStory());
        String first = Stories.storyOf(new Stories().group(library(story), Progress.NONE, Cancellation.NEVER),
                story.get(0).id()).orElseThrow().label();
        java.util.Collections.reverse(story);
        String reversed = Stories.storyOf(new Stories().group(library(story), Progress.NONE, Cancellation.NEVER),
                story.get(0).id()).orElseThrow().label();
        assertThat(reversed).isEqualTo(first);
    }

    @Test
    void aStoryOfOneArticleKeepsItsTitle() throws Exception {
        List<Stories.Story> stories = new Stories().group(library(bridgeStory()), Progress.NONE, Cancellation.NEVER);
        assertThat(stories.stream().filter(s -> !s.comparable()).map(Stories.Story::label))
                .contains("Garden notes", "sports-cup-final.txt");
    }
}

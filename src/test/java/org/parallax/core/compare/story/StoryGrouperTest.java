package org.parallax.core.compare.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.SeedBodies;
import org.parallax.core.compare.text.ComparedText;

import static org.assertj.core.api.Assertions.assertThat;

/** Story grouping: the five seeds are one story; written off-topic reports (sport, weather, an election) are not. */
class StoryGrouperTest {

    private static final List<String> OFF_TOPIC = List.of("sports-cup-final.txt", "weather-storm-warning.txt",
            "election-local.txt");

    static String resource(String name) {
        try (InputStream in = StoryGrouperTest.class.getResourceAsStream("/compare/offtopic/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ComparedText> corpus() {
        List<ComparedText> texts = new ArrayList<>(SeedBodies.load());
        for (String name : OFF_TOPIC) {
            texts.add(new ComparedText(name, resource(name)));
        }
        return texts;
    }

    @Test
    void seedsFormOneStoryAndOffTopicReportsStandAlone() {
        List<ComparedText> texts = corpus();
        List<List<Integer>> groups = new StoryGrouper().groups(texts);
        assertThat(groups).containsExactly(List.of(0, 1, 2, 3, 4), List.of(5), List.of(6), List.of(7));
    }

    @Test
    void orderOfInputDoesNotChangeTheGroups() {
        List<ComparedText> texts = corpus();
        List<ComparedText> reversed = new ArrayList<>(texts);
        java.util.Collections.reverse(reversed);
        List<List<Integer>> groups = new StoryGrouper().groups(reversed);
        int n = texts.size();
        assertThat(groups).containsExactly(List.of(0), List.of(1), List.of(2), List.of(n - 5, n - 4, n - 3, n - 2, n - 1));
    }

    @Test
    void datesFarApartWeakenTheLink() {
        List<ComparedText> texts = corpus();
        List<LocalDate> dates = new ArrayList<>(java.util.Collections.nCopies(texts.size(), (LocalDate) null));
        dates.set(0, LocalDate.of(2024, 11, 20));
        dates.set(3, LocalDate.of(2021, 3, 1));
        StoryGrouper grouper = new StoryGrouper();
        double near = grouper.similarities(texts, null)[0][3];
        double far = grouper.similarities(texts, dates)[0][3];
        assertThat(far).isLessThan(near);
    }

    @Test
    void emptyAndSingleInputs() {
        assertThat(new StoryGrouper().groups(List.of())).isEmpty();
        assertThat(new StoryGrouper().groups(List.of(new ComparedText("a", "")))).containsExactly(List.of(0));
    }

    @Test
    void comparingOneTextWithManyOrWithAllAfterItGivesEachPairsSimilarityToTheBit() throws Exception {
        List<org.parallax.core.article.Article> articles = StoriesUpdateTest.corpus(99);
        org.parallax.core.compare.text.Vocabulary vocab =
                new org.parallax.core.compare.text.Vocabulary(org.parallax.core.compare.text.Synonyms.DEFAULT);
        List<StoryGrouper.Features> features = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (org.parallax.core.article.Article a : articles) {
            features.add(StoryGrouper.Features.of(a.body(), vocab));
            dates.add(a.metadata().published());
        }
        StoryGrouper grouper = new StoryGrouper();
        for (List<LocalDate> d : java.util.Arrays.asList(dates, null)) {
            double[][] pairwise = grouper.pairSimilarities(features, d, StoryGrouper.PAIR);
            double[][] spread = grouper.pairSimilarities(features, d, StoryGrouper.SPREAD);
            double[][] rows = grouper.pairSimilarities(features, d, StoryGrouper.ROW);
            int differing = 0;
            int linked = 0;
            for (int i = 0; i < pairwise.length; i++) {
                for (int j = 0; j < pairwise.length; j++) {
                    if (Double.doubleToRawLongBits(pairwise[i][j]) != Double.doubleToRawLongBits(spread[i][j])
                            || Double.doubleToRawLongBits(pairwise[i][j]) != Double.doubleToRawLongBits(rows[i][j])) {
                        differing++;
                    }
                    if (i != j && pairwise[i][j] >= 0.2) {
                        linked++;
                    }
                }
            }
            assertThat(differing).as("pairs whose similarity differs in any bit").isZero();
            assertThat(linked).as("pairs above the threshold").isGreaterThan(100);
        }
    }
}

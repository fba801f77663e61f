package org.parallax.core.compare.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.SeedBodies;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neighbour search that keeps grouping a large library bounded gives the same stories as comparing every
 * pair, on corpora of several generated stories (shared names and topic words, each article a random draw from
 * them, from a general vocabulary and from words common to all) mixed with off-topic reports, with the bounds shrunk to a few texts so that
 * common words are left out and not every text is a neighbour.
 */
class StoryGrouperProperties {

    private static final String[] COMMON = ("said would also year people time government report official week "
            + "country city group told new first").split(" ");

    /** One generated story: its topic words and names; each article draws mostly from them, partly from COMMON. */
    static String article(Random r, String[] topic, String[] names, String[] general, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i % 10 == 0) {
                b.append(i == 0 ? "" : ". ").append("The ");
            }
            int pick = r.nextInt(10);
            String w = pick < 2 ? names[r.nextInt(names.length)] : pick < 6 ? topic[r.nextInt(topic.length)]
                    : pick < 9 ? general[r.nextInt(general.length)] : COMMON[r.nextInt(COMMON.length)];
            b.append(w).append(' ');
        }
        return b.append('.').toString();
    }

    static String word(Random r, boolean capital) {
        String letters = "bcdfghjklmnprstvz";
        String vowels = "aeiou";
        StringBuilder w = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            w.append(letters.charAt(r.nextInt(letters.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
        }
        w.append(letters.charAt(r.nextInt(letters.length())));
        return capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
    }

    @Test
    void neighbourSearchGroupsAsEveryPair() {
        for (int round = 0; round < 6; round++) {
            long seed = 9100L + round;
            Random r = new Random(seed);
            List<ComparedText> texts = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            int storyCount = 4 + r.nextInt(8);
            String[] general = new String[300];
            for (int k = 0; k < general.length; k++) {
                general[k] = word(r, false);
            }
            for (int s = 0; s < storyCount; s++) {
                String[] topic = new String[12];
                String[] names = new String[4];
                for (int k = 0; k < topic.length; k++) {
                    topic[k] = word(r, false);
                }
                for (int k = 0; k < names.length; k++) {
                    names[k] = word(r, true);
                }
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(300));
                int size = 1 + r.nextInt(6);
                for (int a = 0; a < size; a++) {
                    texts.add(new ComparedText("s" + s + "a" + a, article(r, topic, names, general, 80 + r.nextInt(200))));
                    dates.add(r.nextInt(4) == 0 ? null : day.plusDays(r.nextInt(40)));
                }
            }
            for (String name : List.of("sports-cup-final.txt", "weather-storm-warning.txt", "election-local.txt")) {
                texts.add(new ComparedText(name, StoryGrouperTest.resource(name)));
                dates.add(null);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, r);
            List<ComparedText> shuffled = order.stream().map(texts::get).toList();
            List<LocalDate> shuffledDates = order.stream().map(dates::get).toList();
            try {
                List<List<Integer>> exact = new StoryGrouper(0.2, 21, Integer.MAX_VALUE, 0, 0)
                        .groups(shuffled, shuffledDates, Progress.NONE, Cancellation.NEVER);
                List<List<Integer>> bounded = new StoryGrouper(0.2, 21, 0, 10, 8)
                        .groups(shuffled, shuffledDates, Progress.NONE, Cancellation.NEVER);
                assertThat(bounded).as("seed %d", seed).isEqualTo(exact);
            } catch (Exception | AssertionError e) {
                System.err.println("StoryGrouperProperties failed with seed " + seed);
                throw new AssertionError("seed " + seed, e);
            }
        }
    }

    @Test
    void seedsAndOffTopicGroupTheSameBothWays() throws Exception {
        List<ComparedText> texts = new ArrayList<>(SeedBodies.load());
        for (String name : List.of("sports-cup-final.txt", "weather-storm-warning.txt", "election-local.txt")) {
            texts.add(new ComparedText(name, StoryGrouperTest.resource(name)));
        }
        assertThat(new StoryGrouper(0.2, 21, 0, 3, 3).groups(texts, null, Progress.NONE, Cancellation.NEVER))
                .isEqualTo(new StoryGrouper().groups(texts))
                .containsExactly(List.of(0, 1, 2, 3, 4), List.of(5), List.of(6), List.of(7));
    }
}

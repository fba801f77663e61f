package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stories are the same as before the update was made faster (neighbours looked up together, pairs compared
 * by spreading one text's weights, stories by position): {@link StoriesScenario}'s run gives, story for story,
 * names and dates included, what the code before gave (written by {@code StoriesScenario.main} on commit 8a77e39).
 */
class StoriesSameAsBeforeTest {

    @TempDir
    Path temp;

    @Test
    void groupingStepsAndUpdatesGiveTheStoriesTheyGaveBefore() throws Exception {
        List<String> before;
        try (InputStream in = getClass().getResourceAsStream("/compare-story/stories-before-speedups.txt")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> now = StoriesScenario.run(temp.resolve("library"));
        assertThat(now).hasSizeGreaterThan(40);
        assertThat(now).containsExactlyElementsOf(before);
    }
}

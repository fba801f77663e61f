package org.parallax.core.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories kept in a file between runs, and every way the file can be unusable (then ignored, never an error). */
class SavedStoriesTest {

    @TempDir
    Path temp;

    private static final List<Stories.Story> STORIES = List.of(
            new Stories.Story(List.of("a1", "b2", "c3"), "Troops in Kursk", List.of("Kursk", "Pentagon"),
                    LocalDate.of(2024, 10, 31), LocalDate.of(2024, 11, 4), List.of("Reuters", "BBC")),
            new Stories.Story(List.of("d4"), null, List.of(), null, null, List.of()));

    @Test
    void storiesWrittenAreReadBackTheSameForTheSameLibraryOnly() throws Exception {
        SavedStories saved = new SavedStories(temp.resolve("cache"), "/home/me/library");
        assertThat(saved.read()).isEmpty();
        saved.write(STORIES);
        assertThat(saved.read()).contains(STORIES);
        assertThat(new SavedStories(temp.resolve("cache"), "/home/me/library").read()).contains(STORIES);
        assertThat(new SavedStories(temp.resolve("cache"), "solr://solr1:8983/solr/news").read()).isEmpty();
        saved.write(STORIES.subList(1, 2));
        assertThat(saved.read()).contains(STORIES.subList(1, 2));
        try (var files = Files.list(temp.resolve("cache"))) {
            assertThat(files.toList()).as("no part file left behind").containsExactly(saved.file());
        }
        saved.forget();
        assertThat(saved.read()).isEmpty();
    }

    @Test
    void aDamagedTruncatedForeignOrOtherFormatFileIsIgnored() throws Exception {
        SavedStories saved = new SavedStories(temp, "lib");
        saved.write(STORIES);
        String json = Files.readString(saved.file());
        Files.writeString(saved.file(), json.substring(0, json.length() / 2));
        assertThat(saved.read()).as("truncated").isEmpty();
        Files.write(saved.file(), new byte[] {0, 1, 2, (byte) 0xff});
        assertThat(saved.read()).as("binary").isEmpty();
        Files.writeString(saved.file(), json.replace("\"format\":1", "\"format\":2"));
        assertThat(saved.read()).as("another format").isEmpty();
        Files.writeString(saved.file(), json.replace("\"library\":\"lib\"", "\"library\":\"other\""));
        assertThat(saved.read()).as("another library's under this name").isEmpty();
        Files.writeString(saved.file(), json);
        assertThat(saved.read()).contains(STORIES);
    }
}

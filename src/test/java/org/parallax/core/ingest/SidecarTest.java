package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;

class SidecarTest {

    @TempDir
    Path dir;

    @Test
    void pathIsBesideTheArticle() {
        assertThat(Sidecar.pathFor(dir.resolve("foo.txt"))).isEqualTo(dir.resolve("foo.meta.json"));
        assertThat(Sidecar.pathFor(dir.resolve("a.b.html"))).isEqualTo(dir.resolve("a.b.meta.json"));
        assertThat(Sidecar.pathFor(Path.of("rel/story.md"))).isEqualTo(Path.of("rel/story.meta.json"));
    }

    @Test
    void roundTrip() throws Exception {
        Path article = dir.resolve("story.txt");
        Metadata m = new Metadata("Title “quoted”", "SpaceWar.com", "Thomas Maresca", "UPI", "Washington DC",
                LocalDate.of(2024, 11, 20), "https://example.org/a");
        Sidecar.write(article, m);
        assertThat(Sidecar.read(article)).contains(m);
        Metadata partial = new Metadata(null, "Euromaidan Press", null, null, null, null, null);
        Sidecar.write(article, partial);
        assertThat(Sidecar.read(article)).contains(partial);
        assertThat(Files.readString(Sidecar.pathFor(article))).doesNotContain("null").contains("\"outlet\"");
    }

    @Test
    void missingSidecarIsEmpty() throws Exception {
        assertThat(Sidecar.read(dir.resolve("none.txt"))).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        Path article = dir.resolve("story.txt");
        Files.writeString(Sidecar.pathFor(article), "{\"outlet\": \"X\", \"rating\": 5, \"tags\": [\"a\"]}");
        assertThat(Sidecar.read(article)).contains(new Metadata(null, "X", null, null, null, null, null));
    }

    @Test
    void badJsonBadDateAndWrongKindsAreClearErrors() throws Exception {
        Path article = dir.resolve("story.txt");
        for (String bad : new String[] {"{\"outlet\": ", "[1, 2]", "{\"published\": \"20 Nov 2024\"}",
                "{\"title\": 42}"}) {
            Files.writeString(Sidecar.pathFor(article), bad);
            assertThatThrownBy(() -> Sidecar.read(article)).as(bad)
                    .isInstanceOfSatisfying(IngestException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                        assertThat(e.getMessage()).contains("story.meta.json");
                    });
        }
    }

    @Test
    void aMonthOrAYearAloneIsNoDateAndAWarningNotAnError() throws Exception {
        Path article = dir.resolve("story.txt");
        for (String partial : new String[] {"2023-09", "2023"}) {
            Files.writeString(Sidecar.pathFor(article), "{\"outlet\": \"X\", \"published\": \"" + partial + "\"}");
            java.util.List<String> warnings = new java.util.ArrayList<>();
            assertThat(Sidecar.read(article, warnings)).contains(new Metadata(null, "X", null, null, null, null, null));
            assertThat(warnings).singleElement().asString().contains("story.meta.json", partial, "without a date");
        }
        Files.writeString(Sidecar.pathFor(article), "{\"published\": \"2023-13\"}");
        assertThatThrownBy(() -> Sidecar.read(article)).isInstanceOf(IngestException.class);
    }
}

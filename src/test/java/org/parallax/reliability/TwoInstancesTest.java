package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Main;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryException;

/**
 * Two processes on one library: the second read-write open is refused with {@code LOCKED} and a message that
 * says what to do (the CLI prints it as one line and exits 1), read-only commands work beside the writer, and
 * the index is clean after both have gone.
 */
class TwoInstancesTest {

    @TempDir
    Path temp;

    @Test
    void aSecondWriterIsRefusedReadersWorkAndTheIndexStaysClean() throws Exception {
        Path dir = temp.resolve("library");
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Corpus.write(first, 30, 0, 11);
        Corpus.write(second, 45, 0, 11); // the same 30 again and 15 more
        Path logs = Files.createDirectories(temp.resolve("logs"));

        Process holder = Jvm.start(logs, HoldOpenMain.class, dir.toString(), first.toString(), second.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("READY 30");

            // this process: a read-write open is refused with a message that says what to do
            assertThatThrownBy(() -> Library.open(dir)).isInstanceOfSatisfying(LibraryException.class, e -> {
                assertThat(e.reason()).isEqualTo(LibraryException.Reason.LOCKED);
                assertThat(e.getMessage()).contains(dir.toString()).contains("is open in another")
                        .contains("--library");
            });

            // a third process, the real command line: exit code 1 and one line on stderr
            Path extra = Files.writeString(temp.resolve("extra.txt"), Corpus.article(999, new java.util.Random(3)));
            Jvm.Result cli = Jvm.run(Jvm.command(logs, Main.class, "--library", dir.toString(), "import",
                    extra.toString()), 60);
            assertThat(cli.exit()).isEqualTo(1);
            assertThat(Cli.lines(cli.err())).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("parallax: The library at " + dir).contains("is open in another");

            // read-only commands work beside the writer
            Cli.Run list = Cli.run("--library", dir.toString(), "list", "--json");
            assertThat(list.exit()).as(list.err()).isZero();
            JsonNode listed = new ObjectMapper().readTree(list.out());
            assertThat(listed).hasSize(30);
            String id = listed.get(0).get("id").asText();
            Cli.Run show = Cli.run("--library", dir.toString(), "show", "--json", id.substring(0, 12));
            assertThat(show.exit()).as(show.err()).isZero();
            Cli.Run search = Cli.run("--library", dir.toString(), "search", "--json", "council AND mayor");
            assertThat(search.exit()).as(search.err()).isZero();
            assertThat(new ObjectMapper().readTree(search.out()).size()).isPositive();
            try (Library reader = Library.openReadOnly(dir)) {
                assertThat(reader.size()).isEqualTo(30);
                holder.getOutputStream().close(); // the holder now imports 15 more while we read
                assertThat(out.readLine()).isEqualTo("CLOSING 45");
                assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(holder.exitValue()).isZero();
                assertThat(reader.size()).as("a reader sees the writer's last commit").isEqualTo(45);
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
        KillDuringImportTest.checkIndex(dir);
        try (Library library = Library.open(dir)) {
            assertThat(library.list()).hasSize(45);
        }
        assertThat(List.of(dir.toFile().list())).doesNotContain("write.lock.tmp");
    }
}

package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Main;
import org.parallax.Prerequisites;

/**
 * Parallax makes no network connection at run time. The real CLI runs import, extract, search and compare with
 * every report format in a child JVM traced by {@code strace} (every {@code connect}, {@code sendto} and
 * {@code sendmsg} of every thread); the trace must hold no Internet socket (AF_INET or AF_INET6) at all — local
 * sockets, such as the C library asking the name-service cache, are not the network. Where the test may make a
 * new network namespace ({@code unshare -n}, as root), the same commands also run there, with no network at
 * all, and must succeed. Without {@code strace} it fails under CI and is skipped loudly elsewhere
 * ({@link Prerequisites}).
 */
class NoNetworkTest {

    @TempDir
    Path temp;

    @Test
    void importCompareAndExportOpenNoInternetSocket() throws Exception {
        Prerequisites.require(runs("strace", "-V"),
                "strace is not installed (Debian package strace): cannot trace sockets");
        boolean isolated = runs("unshare", "-n", "true");
        Path seeds = Path.of(System.getProperty("parallax.seeds", "seeds")).toAbsolutePath();
        Path library = temp.resolve("library");
        Path logs = Files.createDirectories(temp.resolve("logs"));
        List<List<String>> commands = List.of(
                List.of("--library", library.toString(), "import", seeds.toString()),
                List.of("--library", library.toString(), "search", "--json", "Kursk"),
                List.of("extract", "--json", seeds.toString()),
                List.of("--library", library.toString(), "compare", "--html", "-o", temp.resolve("r.html").toString(),
                        seeds.toString()),
                List.of("compare", "--json", "-o", temp.resolve("r.json").toString(), seeds.toString()),
                List.of("compare", "--csv", "-o", temp.resolve("r.csv").toString(), seeds.toString()),
                List.of("compare", "--md", "-o", temp.resolve("r.md").toString(), seeds.toString()));
        int traced = 0;
        for (List<String> args : commands) {
            Path trace = temp.resolve("trace-" + traced++ + ".txt");
            List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg",
                    "-o", trace.toString()));
            command.addAll(Jvm.command(logs, Main.class, args.toArray(String[]::new)));
            Jvm.Result result = Jvm.run(command, 120);
            assertThat(result.exit()).as("parallax %s\n%s", args, result.err()).isZero();
            List<String> internet = Files.readAllLines(trace).stream()
                    .filter(l -> l.contains("AF_INET")).toList();
            assertThat(internet).as("Internet sockets used by parallax %s", args).isEmpty();
            if (isolated) {
                List<String> cut = new ArrayList<>(List.of("unshare", "-n"));
                cut.addAll(Jvm.command(logs, Main.class, args.toArray(String[]::new)));
                assertThat(Jvm.run(cut, 120).exit()).as("parallax %s without any network", args).isZero();
            }
        }
        assertThat(Files.readString(temp.resolve("r.html"))).contains("Comparison of 5 articles");
        System.out.printf("no-network: %d commands traced, no Internet socket%s%n", commands.size(),
                isolated ? "; all also ran in a network namespace without network" : "");
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

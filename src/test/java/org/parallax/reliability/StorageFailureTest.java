package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Main;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryException;
import org.parallax.core.index.LibraryHooks;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.progress.Progress;

/**
 * A full disk or a read-only library folder: the failing operation ends in one clear {@link LibraryException},
 * and nothing already stored is lost. The full disk is simulated with a Lucene directory whose writes fail
 * once armed; the read-only folder is a real read-only bind mount in a private mount namespace
 * ({@code unshare -m}, as root), or {@code chmod 555} when the tests do not run as root.
 */
class StorageFailureTest {

    @TempDir
    Path temp;

    /** Commits every 100 files, so the full disk below comes after one commit went through. */
    private final Importer importer = new Importer(new ArticleLoader(), new Extractor(),
            Runtime.getRuntime().availableProcessors(), 100);

    /** Fails every new file with ENOSPC's message once armed, like a disk that just filled up. */
    static final class FullDisk extends FilterDirectory {
        final AtomicBoolean full = new AtomicBoolean();

        FullDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            check(name);
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            check(prefix);
            return super.createTempOutput(prefix, suffix, context);
        }

        private void check(String name) throws IOException {
            if (full.get()) {
                throw new IOException(name + ": No space left on device");
            }
        }
    }

    @Test
    void aDiskFillingUpMidImportStopsItClearlyAndKeepsWhatWasCommitted() throws Exception {
        Path dir = temp.resolve("library");
        Path early = temp.resolve("early");
        Path later = temp.resolve("later");
        Corpus.write(early, 20, 0, 5);
        List<Path> laterFiles = Corpus.write(later, 170, 0, 6).subList(20, 170); // 150 new articles
        for (int i = 0; i < 20; i++) {
            Files.delete(later.resolve(String.format(java.util.Locale.ROOT, "article-%04d.txt", i)));
        }
        List<FullDisk> disks = new ArrayList<>();
        try (Library library = LibraryHooks.openWrapped(dir, d -> {
            FullDisk disk = new FullDisk(d);
            disks.add(disk);
            return disk;
        })) {
            importer.importPaths(library, List.of(early), Progress.NONE, () -> false);
            assertThat(library.size()).isEqualTo(20);
            // the disk fills up after 120 of the 150 files: the commit at 100 went through, the last one fails
            Progress fillAt120 = (done, total, message) -> disks.get(0).full.set(done >= 120);
            assertThatThrownBy(() -> importer.importPaths(library, List.of(later), fillAt120, () -> false))
                    .isInstanceOfSatisfying(LibraryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(LibraryException.Reason.IO);
                        assertThat(e.getMessage()).contains("disk holding the library at " + dir + " is full")
                                .contains("The import stopped").contains("100 new articles were stored");
                    });
        }
        List<LibraryEntry> kept;
        try (Library library = Library.open(dir)) {
            kept = library.list();
            assertThat(kept).as("20 from before, 100 committed before the disk filled; the rest not half-stored")
                    .hasSize(120);
            var report = importer.importPaths(library, List.of(later), Progress.NONE, () -> false);
            assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(50);
            assertThat(library.size()).isEqualTo(170);
        }
        KillDuringImportTest.checkIndex(dir);
        assertThat(laterFiles).hasSize(150);
    }

    @Test
    void aSingleChangeOnAFullDiskFailsClearlyAndTheLibraryReopensIntact() throws Exception {
        Path dir = temp.resolve("library");
        ArticleLoader loader = new ArticleLoader();
        List<Path> files = Corpus.write(temp.resolve("in"), 6, 0, 8);
        FullDisk[] disk = new FullDisk[1];
        Library library = LibraryHooks.openWrapped(dir, d -> disk[0] = new FullDisk(d));
        List<LibraryEntry> before;
        try {
            for (Path f : files.subList(0, 5)) {
                library.add(loader.load(f), null);
            }
            before = library.list();
            disk[0].full.set(true);
            Article sixth = loader.load(files.get(5));
            assertThatThrownBy(() -> library.add(sixth, null)).isInstanceOfSatisfying(LibraryException.class,
                    e -> assertThat(e.getMessage()).contains("is full").contains(dir.toString()));
        } finally {
            try {
                library.close();
            } catch (LibraryException e) {
                // closing commits the failed change once more, on a still full disk: it may say so again
                assertThat(e.getMessage()).contains("is full");
            }
        }
        try (Library reopened = Library.open(dir)) {
            assertThat(reopened.list()).containsAll(before);
        }
        KillDuringImportTest.checkIndex(dir);
    }

    @Test
    void aReadOnlyLibraryFolderRefusesImportsClearlyAndStillReads() throws Exception {
        Path dir = temp.resolve("library");
        Path in = temp.resolve("in");
        Corpus.write(in, 10, 0, 9);
        try (Library library = Library.open(dir)) {
            importer.importPaths(library, List.of(in), Progress.NONE, () -> false);
        }
        Path extra = Files.writeString(temp.resolve("extra.txt"), Corpus.article(77, new Random(77)));
        Path logs = Files.createDirectories(temp.resolve("logs"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Jvm.Result imported;
        Jvm.Result listed;
        if (root) {
            // root writes through chmod 555: use a real read-only bind mount in a private mount namespace
            Assumptions.assumeTrue(unshareMountWorks(),
                    "skipped: running as root (chmod cannot make a folder read-only) and 'unshare -m' with a"
                            + " read-only bind mount is not available here (needs util-linux and CAP_SYS_ADMIN)");
            imported = readOnlyMount(dir, Jvm.command(logs, Main.class, "--library", dir.toString(), "import",
                    extra.toString()));
            listed = readOnlyMount(dir, Jvm.command(logs, Main.class, "--library", dir.toString(), "list", "--json"));
        } else {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                imported = Jvm.run(Jvm.command(logs, Main.class, "--library", dir.toString(), "import", extra.toString()), 60);
                listed = Jvm.run(Jvm.command(logs, Main.class, "--library", dir.toString(), "list", "--json"), 60);
            } finally {
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(1);
        assertThat(Cli.lines(imported.err())).singleElement(STRING).startsWith("parallax: ").contains(dir.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed.out())).hasSize(10);
        try (Library library = Library.open(dir)) {
            assertThat(library.size()).isEqualTo(10);
        }
        KillDuringImportTest.checkIndex(dir);
    }

    static boolean unshareMountWorks() {
        try {
            Path probe = Files.createTempDirectory("ro-probe");
            try {
                Jvm.Result r = Jvm.run(List.of("unshare", "-m", "sh", "-c", "mount --bind " + probe + " " + probe
                        + " && mount -o remount,bind,ro " + probe + " && ! touch " + probe + "/x 2>/dev/null"), 20);
                return r.exit() == 0;
            } finally {
                Files.deleteIfExists(probe.resolve("x"));
                Files.delete(probe);
            }
        } catch (IOException | InterruptedException | AssertionError e) {
            return false;
        }
    }

    /** Runs {@code command} with {@code dir} mounted read-only, seen only by that command. */
    private static Jvm.Result readOnlyMount(Path dir, List<String> command) throws Exception {
        StringBuilder sh = new StringBuilder("mount --bind '" + dir + "' '" + dir + "' && mount -o remount,bind,ro '"
                + dir + "' && exec");
        for (String c : command) {
            sh.append(" '").append(c.replace("'", "'\\''")).append("'");
        }
        return Jvm.run(List.of("unshare", "-m", "sh", "-c", sh.toString()), 60);
    }
}

package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.AddResult;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryException;
import org.parallax.core.index.MetadataEdit;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/** The desktop app's library actions over a real library in a temporary folder. */
class CoreLibraryActionsTest {

    @TempDir
    Path temp;

    private CoreLibraryActions open() {
        return CoreLibraryActions.open(temp.resolve("library"), temp.resolve("samples"));
    }

    @Test
    void firstRunImportsTheSamplesOnceAndResetBringsThemBack() throws Exception {
        try (CoreLibraryActions actions = open()) {
            assertThat(actions.status().state()).isEqualTo(LibraryStatus.State.READ_WRITE);
            Optional<ImportReport> first = actions.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER);
            assertThat(first).isPresent();
            assertThat(first.get().count(ImportOutcome.Status.IMPORTED)).isEqualTo(5);
            assertThat(actions.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER)).isEmpty();
            // the library's sources point at the copied samples, which stay
            assertThat(actions.list()).allSatisfy(e -> assertThat(Path.of(e.article().source())).startsWith(temp.resolve("samples")).exists());

            LibraryEntry some = actions.list().get(0);
            actions.edit(some.id(), MetadataEdit.none().set(MetadataEdit.Field.OUTLET, "Edited Outlet"));
            AddResult pasted = actions.importText("A pasted headline\n\nSome text of a pasted article about talks in Kyiv.",
                    new Metadata(null, "Pasted Outlet", null, null, null, null, null)).result();
            assertThat(pasted).isEqualTo(AddResult.ADDED);
            assertThat(actions.list()).hasSize(6);

            ImportReport reset = actions.resetToSamples(Progress.NONE, Cancellation.NEVER);
            assertThat(reset.count(ImportOutcome.Status.IMPORTED)).isEqualTo(5);
            assertThat(actions.list()).hasSize(5)
                    .noneMatch(e -> "Edited Outlet".equals(e.article().metadata().outlet()))
                    .noneMatch(e -> CoreLibraryActions.PASTED_SOURCE.equals(e.article().source()));
        }
        try (CoreLibraryActions again = open()) {
            assertThat(again.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER)).as("not empty: no import").isEmpty();
            assertThat(again.list()).hasSize(5);
        }
    }

    /**
     * The stories are kept between runs (in the tests' cache folder): the next run reads them instead of grouping
     * again, and takes in what another program changed meanwhile (an article removed by the command line).
     */
    @Test
    void storiesAreKeptForTheNextRunWhichTakesInWhatChangedMeanwhile() throws Exception {
        List<org.parallax.core.compare.story.Stories.Story> first;
        String location;
        try (CoreLibraryActions actions = open()) {
            actions.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER);
            first = actions.stories(Progress.NONE, Cancellation.NEVER);
            location = actions.status().location();
        }
        assertThat(first).anyMatch(org.parallax.core.compare.story.Stories.Story::comparable);
        String gone = first.get(0).ids().get(1);
        try (org.parallax.core.index.Library direct = org.parallax.core.index.Library.open(temp.resolve("library"))) {
            var kept = new org.parallax.core.compare.story.SavedStories(
                    org.parallax.core.AppDirectories.cacheDirectory().resolve("stories"), direct.location());
            assertThat(kept.read()).as("kept in %s for %s", kept.file(), location).contains(first);
            assertThat(direct.remove(gone)).isTrue(); // as `parallax remove` would, with the app closed
        }
        try (CoreLibraryActions again = open()) {
            List<org.parallax.core.compare.story.Stories.Story> next = again.stories(Progress.NONE, Cancellation.NEVER);
            assertThat(next.stream().flatMap(s -> s.ids().stream()).toList()).doesNotContain(gone)
                    .hasSize(first.stream().mapToInt(org.parallax.core.compare.story.Stories.Story::size).sum() - 1);
        }
    }

    @Test
    void aListReadAheadIsHandedOutOnceAndNeverAfterAChange() throws Exception {
        try (CoreLibraryActions actions = open()) {
            actions.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER);
        }
        try (CoreLibraryActions actions = open().preload(Runnable::run)) {
            assertThat(actions.list()).hasSize(5);
            assertThat(actions.list()).as("read again").hasSize(5);
        }
        try (CoreLibraryActions actions = open().preload(Runnable::run)) {
            String id = actions.importText("A pasted headline\n\nSome text of a pasted article about talks in Kyiv.",
                    new Metadata(null, "Pasted Outlet", null, null, null, null, null)).id();
            assertThat(actions.list()).as("the change shows, not the list read before it").hasSize(6)
                    .anyMatch(e -> e.id().equals(id));
        }
        try (CoreLibraryActions actions = open().preload(Runnable::run)) {
            actions.remove(List.of(actions.list().get(0).id()), Progress.NONE, Cancellation.NEVER);
            actions.preload(Runnable::run);
            actions.edit(actions.list().get(0).id(), MetadataEdit.none().set(MetadataEdit.Field.OUTLET, "Edited Outlet"));
            assertThat(actions.list()).hasSize(5).anyMatch(e -> "Edited Outlet".equals(e.article().metadata().outlet()));
        }
    }

    @Test
    void aLibraryHeldElsewhereOpensReadOnlyWithAClearMessage() throws Exception {
        try (CoreLibraryActions owner = open()) {
            owner.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER);
            try (CoreLibraryActions second = open()) {
                assertThat(second.status().state()).isEqualTo(LibraryStatus.State.READ_ONLY);
                assertThat(second.status().message()).contains("another Parallax window");
                assertThat(second.list()).hasSize(5);
                assertThat(second.search("Kursk", 10)).isNotEmpty();
                assertThat(second.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER)).isEmpty();
                assertThatThrownBy(() -> second.remove(List.of(second.list().get(0).id()), Progress.NONE, Cancellation.NEVER))
                        .isInstanceOf(LibraryException.class);
            }
            assertThat(owner.list()).hasSize(5);
        }
    }

    @Test
    void aDamagedLibraryIsUnavailableWithTheReasonNotAStackTrace() throws Exception {
        try (CoreLibraryActions actions = open()) {
            actions.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER);
        }
        try (Stream<Path> files = Files.list(temp.resolve("library"))) {
            Path segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(segments);
            for (int i = 8; i < bytes.length; i++) {
                bytes[i] ^= 0x5a;
            }
            Files.write(segments, bytes);
        }
        try (CoreLibraryActions actions = open()) {
            assertThat(actions.status().state()).isEqualTo(LibraryStatus.State.UNAVAILABLE);
            assertThat(actions.status().message()).contains("damaged").doesNotContain("Exception");
            assertThat(actions.list()).isEmpty();
            assertThatThrownBy(() -> actions.importPaths(List.of(temp), Progress.NONE, Cancellation.NEVER))
                    .isInstanceOf(LibraryException.class).hasMessage(actions.status().message());
        }
    }
}

package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "text");
        return p;
    }

    @Test
    void walksFoldersRecursivelySortedKeepingOnlyArticleFiles() throws IOException {
        Path b = touch("b.txt");
        Path a = touch("a.md");
        Path nested = touch("sub/deeper/c.HTML");
        Path htm = touch("sub/d.htm");
        touch("b.meta.json");
        touch("notes.xlsx");
        touch(".hidden.txt");
        touch(".git/e.txt");
        touch("sub/image.png");
        assertThat(ArticleFiles.collect(List.of(dir))).containsExactly(a, b, htm, nested); // path order: "sub/d.htm" < "sub/deeper/…"
    }

    @Test
    void collectAllKeepsEveryFileButSidecarsAndHiddenOnes() throws IOException {
        Path b = touch("b.txt");
        Path pdf = touch("release.pdf");
        Path sheet = touch("notes.xlsx");
        Path readme = touch("README");
        Path image = touch("sub/image.png");
        touch("b.meta.json");
        touch(".hidden.txt");
        touch(".git/e.txt");
        assertThat(ArticleFiles.collectAll(List.of(dir))).containsExactly(readme, b, sheet, pdf, image);
    }

    @Test
    void theFolderABrowserSavesBesideAPageIsOneEntry() throws IOException {
        Path page = touch("Story.html");
        touch("Story_files/logo.png");
        touch("Story_files/app.js");
        touch("Story_files/frames/ad.html");
        Path lonely = touch("Other_files/notes.txt"); // no Other.html beside it: an ordinary folder
        assertThat(ArticleFiles.collectAll(List.of(dir)))
                .containsExactly(lonely, page, dir.resolve("Story_files"));
        assertThat(ArticleFiles.isSavedPageFolder(dir.resolve("Story_files"))).isTrue();
        assertThat(ArticleFiles.isSavedPageFolder(dir.resolve("Other_files"))).isFalse();
    }

    @Test
    void filesNamedDirectlyAreKeptAndDuplicatesDropped() throws IOException {
        Path b = touch("b.txt");
        Path sheet = touch("notes.xlsx");
        Path sidecar = touch("b.meta.json");
        assertThat(ArticleFiles.collect(List.of(sheet, dir, b, sidecar))).containsExactly(b, sheet);
    }

    @Test
    void missingPathIsAnError() {
        assertThatThrownBy(() -> ArticleFiles.collect(List.of(dir.resolve("nope"))))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void emptyFolderGivesNothing() throws IOException {
        assertThat(ArticleFiles.collect(List.of(dir))).isEmpty();
    }
}

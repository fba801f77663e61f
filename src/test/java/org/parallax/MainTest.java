package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the desktop app (options, article files a file manager passes) and which run the CLI. */
class MainTest {

    @TempDir
    Path temp;

    @Test
    void desktopOptionsAndArticleFilesOpenTheDesktopAppEverythingElseIsTheCli() throws Exception {
        Path article = Files.writeString(temp.resolve("story.html"), "<p>text</p>");
        Path sidecar = Files.writeString(temp.resolve("story.meta.json"), "{}");
        Path picture = Files.write(temp.resolve("photo.png"), new byte[] {1, 2, 3});

        assertThat(Main.isDesktop(new String[] {})).isTrue();
        assertThat(Main.isDesktop(new String[] {"--library", "lib"})).isTrue();
        assertThat(Main.isDesktop(new String[] {article.toString()})).isTrue();
        assertThat(Main.isDesktop(new String[] {"--library", "lib", article.toString()})).isTrue();

        assertThat(Main.isDesktop(new String[] {"--library", "lib", "list"})).isFalse();
        assertThat(Main.isDesktop(new String[] {"list"})).isFalse();
        assertThat(Main.isDesktop(new String[] {"--library"})).isFalse();
        assertThat(Main.isDesktop(new String[] {temp.resolve("missing.html").toString()})).isFalse();
        assertThat(Main.isDesktop(new String[] {sidecar.toString()})).isFalse();
        assertThat(Main.isDesktop(new String[] {picture.toString()})).isFalse();
        assertThat(Main.isDesktop(new String[] {temp.toString()})).isFalse();
    }
}

package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {

    @TempDir
    Path home;

    @Test
    void proposesTheDocumentsFolderWhenThereIsOneElseHome() throws Exception {
        assertThat(ExportFile.defaultFolder(home)).isEqualTo(home);
        Files.createDirectory(home.resolve("Documents"));
        assertThat(ExportFile.defaultFolder(home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void namesTheFileAfterTheStoryWithoutCharactersAFileSystemRefuses() {
        assertThat(ExportFile.baseName("Flood: 12 dead / \"hundreds\" missing?")).isEqualTo("Flood 12 dead hundreds missing");
        assertThat(ExportFile.baseName("  ...  ")).isEqualTo("comparison");
        assertThat(ExportFile.baseName(null)).isEqualTo("comparison");
        String longName = "word ".repeat(40);
        assertThat(ExportFile.baseName(longName)).hasSizeLessThanOrEqualTo(80).endsWith("word").doesNotEndWith(" ");
    }
}

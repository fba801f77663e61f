package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Format;
import org.parallax.core.ingest.ArticleFiles;

/**
 * Fuzzes {@link ArticleFiles#collect} over a fuzzed folder tree: it lists only supported, non-hidden,
 * non-sidecar files under the folder, sorted and without duplicates. Every folder is made by the test and
 * readable, so an {@link IOException} from the listing is a failure, not a pass.
 * Inputs: {@code ArticleFilesFuzzTestInputs/}.
 */
class ArticleFilesFuzzTest {

    @TempDir
    Path temp;

    @FuzzTest(maxDuration = "30s")
    void aFolderTreeListsOnlyArticleFiles(FuzzedDataProvider data) throws Exception {
        Path root = Files.createTempDirectory(temp, "tree");
        int n = data.consumeInt(0, 12);
        for (int i = 0; i < n; i++) {
            String name = data.consumeString(24).replace('/', '_').replace('\0', '_');
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                continue;
            }
            try {
                Path p = data.consumeBoolean() ? root.resolve("sub").resolve(name) : root.resolve(name);
                Files.createDirectories(p.getParent());
                if (data.consumeBoolean()) {
                    Files.createDirectories(p);
                } else if (!Files.exists(p)) {
                    Files.writeString(p, "x");
                }
            } catch (InvalidPathException | IOException e) {
                // a name the file system refuses (too long…): not what is being tested
            }
        }
        // every folder of the tree was made here, readable: listing it must not fail
        List<Path> found = ArticleFiles.collect(List.of(root));
        assertThat(found).doesNotHaveDuplicates().isSorted();
        for (Path f : found) {
            assertThat(f.startsWith(root)).isTrue();
            assertThat(Files.isRegularFile(f)).isTrue();
            assertThat(Format.ofFileName(f.getFileName().toString())).isPresent();
            assertThat(root.relativize(f).toString()).doesNotStartWith(".").doesNotContain("/.");
            assertThat(f.getFileName().toString()).doesNotEndWith(".meta.json");
        }
    }
}

package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;

class SampleArticlesTest {

    private static final Path SEEDS = Path.of(System.getProperty("parallax.seeds", "seeds"));

    @Test
    void copiesEverySeedArticleWithItsSidecarsFromTheClasspath(@TempDir Path dir) throws Exception {
        assertThat(SampleArticles.available()).isTrue();
        List<Path> articles = SampleArticles.copyTo(dir);
        assertThat(articles).hasSize(articleCount());
        assertThat(articles).allSatisfy(p -> assertThat(p).startsWith(dir).isRegularFile());
        assertThat(dir.resolve("README")).isRegularFile();
        try (Stream<Path> sidecars = Files.list(dir).filter(Sidecar::isSidecar)) {
            assertThat(sidecars.count()).isEqualTo(sidecarCount());
        }
        // the copies load as articles, and a sidecar's outlet reaches the metadata
        ArticleLoader loader = new ArticleLoader();
        long withOutlet = 0;
        for (Path p : articles) {
            Article a = loader.load(p);
            assertThat(a.body()).isNotBlank();
            if (a.metadata().outlet() != null) {
                withOutlet++;
            }
        }
        assertThat(withOutlet).isGreaterThanOrEqualTo(sidecarCount());
    }

    @Test
    void copiesFromAPackagedJarThroughAZipFileSystem(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path f : seeds.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(SampleArticles.RESOURCE_FOLDER + "/" + f.getFileName()));
                Files.copy(f, (OutputStream) zip);
                zip.closeEntry();
            }
        }
        Path out = tmp.resolve("out");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Path> articles = SampleArticles.copyTo(out, loader);
            assertThat(articles).hasSize(articleCount());
            // a second copy (e.g. Reset) replaces the files and works while nothing is left open
            assertThat(SampleArticles.copyTo(out, loader)).isEqualTo(articles);
        }
        assertThat(Files.readString(out.resolve("README"))).isEqualTo(Files.readString(SEEDS.resolve("README")));
    }

    @Test
    void saysSoWhenTheSamplesAreMissing(@TempDir Path tmp) throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> SampleArticles.copyTo(tmp, empty))
                    .isInstanceOf(IOException.class).hasMessageContaining("not bundled");
        }
    }

    private static int articleCount() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return (int) s.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }

    private static long sidecarCount() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(Sidecar::isSidecar).count();
        }
    }
}

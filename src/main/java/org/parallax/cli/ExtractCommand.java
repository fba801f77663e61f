package org.parallax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleFiles;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract",
        description = "Print the figures, quotes and attributions found in articles (files or folders; they need "
                + "not be in the library). Items of the headline (title and dek) come first, their offsets into the "
                + "headline; the body's offsets are into the body text that 'show' prints (docs/json.md).")
final class ExtractCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        List<Object> results = new ArrayList<>();
        int failed = 0;
        List<Path> files = expand(paths);
        for (Path file : files) {
            try {
                Article article = loader.load(file);
                Extraction extraction = extractor.extract(article.body());
                if (json()) {
                    results.add(Views.extracted(file.toString(), article, extractor.extract(article.headline()),
                            extraction));
                } else {
                    Reports.extraction(out(), file.toString(), article, extraction);
                }
            } catch (IngestException e) {
                failed++;
                err().println("parallax: " + e.getMessage());
                if (json()) {
                    results.add(Views.failedFile(file.toString(), e.getMessage()));
                }
            }
        }
        if (json()) {
            out().println(Json.write(results));
        }
        return failed == files.size() ? Failures.FAILED : 0;
    }

    /** Folders become the article files inside them; files stay as given, in the order given. */
    static List<Path> expand(List<Path> paths) throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (java.nio.file.Files.isDirectory(p)) {
                files.addAll(ArticleFiles.collect(List.of(p)));
            } else {
                files.add(p);
            }
        }
        return files;
    }
}

package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline of the scale benchmark: plain Lucene indexing of the raw text of every file with
 * StandardAnalyzer, no decoding checks, no body/furniture split, no extraction — as Lucene's IndexFiles demo
 * does. Usage: {@code LuceneBaseline CORPUS_DIR INDEX_DIR}.
 */
public final class LuceneBaseline {

    private LuceneBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        long files = 0;
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
             Stream<Path> all = Files.walk(corpus)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Document doc = new Document();
                doc.add(new StringField("path", p.toString(), Field.Store.YES));
                doc.add(new TextField("contents", Files.readString(p, StandardCharsets.UTF_8), Field.Store.NO));
                writer.updateDocument(new Term("path", p.toString()), doc);
                files++;
            }
            writer.commit();
        }
        System.out.println("indexed " + files);
    }
}

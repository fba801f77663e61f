package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.extract.Extraction;

/** {@link LocalLibrary#similar(java.util.Collection, int)} asks the index what MoreLikeThis would, article by article. */
class SimilarQueryTest {

    @TempDir
    Path temp;

    /**
     * The seeds, each in eight variants (sentences left out at random, so their words are in two to eight articles:
     * under the 5 % bound of 200 articles, with many ties in score), and random articles of few words.
     */
    private static List<Article> articles() {
        Random random = new Random(7);
        List<Article> out = new ArrayList<>();
        for (Article seed : TestArticles.seeds()) {
            String[] sentences = seed.body().split("(?<=\\.) ");
            for (int v = 0; v < 8; v++) {
                StringBuilder body = new StringBuilder();
                for (String s : sentences) {
                    if (random.nextInt(3) > 0) {
                        body.append(s).append(' ');
                    }
                }
                body.append("Variant ").append(v).append('.');
                out.add(Article.of(seed.metadata(), body.toString(), List.of(), "variant/" + out.size() + ".txt",
                        Format.TEXT));
            }
        }
        for (int n = 0; n < 160; n++) {
            out.add(TestArticles.random(random, n));
        }
        return out;
    }

    @Test
    void theQueriesAreMoreLikeThisQueriesTermForTermInOrder() throws Exception {
        List<Article> articles = articles();
        try (Library library = Library.open(temp); Batch batch = library.batch()) {
            for (Article a : articles) {
                batch.add(a, Extraction.EMPTY);
            }
        }
        Analyzer analyzer = ArticleDocuments.analyzer();
        try (FSDirectory dir = FSDirectory.open(temp); DirectoryReader reader = DirectoryReader.open(dir)) {
            LocalLibrary.Likeness likeness = new LocalLibrary.Likeness(new IndexSearcher(reader));
            int terms = 0;
            for (Article a : articles) {
                Query ours = likeness.query(analyzer, a.body());
                Query theirs = LocalLibrary.moreLikeThis(reader, analyzer)
                        .like(ArticleDocuments.BODY, new StringReader(a.body()));
                assertThat(ours).isEqualTo(theirs);
                assertThat(((BooleanQuery) ours).clauses()).containsExactlyElementsOf(((BooleanQuery) theirs).clauses());
                terms += ((BooleanQuery) ours).clauses().size();
            }
            assertThat(terms).as("terms in the queries").isGreaterThan(articles.size() * 5);
        }
    }

    @Test
    void theNeighboursOfSeveralArticlesAreThoseMoreLikeThisFindsForEach() throws Exception {
        List<Article> articles = articles();
        List<String> ids = new ArrayList<>();
        try (Library library = Library.open(temp); Batch batch = library.batch()) {
            for (Article a : articles) {
                batch.add(a, Extraction.EMPTY);
                ids.add(a.id());
            }
        }
        List<String> asked = new ArrayList<>(ids.subList(0, 50));
        asked.add("not-an-id");
        Map<String, List<String>> found;
        try (Library library = Library.openReadOnly(temp)) {
            found = library.similar(asked, 10);
            assertThat(found.keySet()).containsExactlyElementsOf(asked);
            assertThat(found.get("not-an-id")).isEmpty();
            for (String id : ids.subList(0, 50)) {
                assertThat(library.similar(id, 10)).isEqualTo(found.get(id));
            }
        }
        Analyzer analyzer = ArticleDocuments.analyzer();
        try (FSDirectory dir = FSDirectory.open(temp); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            for (Article a : articles.subList(0, 50)) {
                Query like = LocalLibrary.moreLikeThis(reader, analyzer)
                        .like(ArticleDocuments.BODY, new StringReader(a.body()));
                List<String> expected = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(like, 11).scoreDocs) {
                    String other = stored.document(sd.doc).get(ArticleDocuments.ID);
                    if (!other.equals(a.id()) && expected.size() < 10) {
                        expected.add(other);
                    }
                }
                assertThat(found.get(a.id())).isEqualTo(expected);
            }
            assertThat(found.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
        }
    }
}

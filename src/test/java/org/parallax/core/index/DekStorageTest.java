package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;

/** The dek is stored with the article; a document written before it was kept has none and still reads. */
class DekStorageTest {

    private static LibraryEntry entry(String dek) {
        Metadata m = new Metadata("Ferry fares rise", null, null, null, null, null, null);
        Article a = Article.of(m, "Ferry fares rose by 8% on Monday, the operator said.", List.of(), "a.txt",
                Format.TEXT).withDek(dek);
        return new LibraryEntry(a, m, Metadata.EMPTY, Instant.EPOCH, Extraction.EMPTY);
    }

    @Test
    void theDekSurvivesStorageAndAnOldDocumentHasNone() throws Exception {
        Document withDek = ArticleDocuments.encode(entry("Islanders keep their discount of 40%"));
        assertThat(ArticleDocuments.decode(withDek).article().dek()).isEqualTo("Islanders keep their discount of 40%");
        assertThat(ArticleDocuments.decode(withDek).article().headline())
                .isEqualTo("Ferry fares rise\n\nIslanders keep their discount of 40%");

        Document old = ArticleDocuments.encode(entry(null));
        old.removeFields(ArticleDocuments.DEK);
        Article read = ArticleDocuments.decode(old).article();
        assertThat(read.dek()).isNull();
        assertThat(read.headline()).isEqualTo("Ferry fares rise");
    }
}

package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.core.index.ArticleSummary;

/** The paged list of the library table: searching it reads no page. */
class PagedArticlesTest {

    private final List<Integer> asked = new ArrayList<>();
    private final PagedArticles rows = new PagedArticles((listing, page) -> asked.add(page));

    private static List<ArticleRow> page(int page) {
        return IntStream.range(0, PagedArticles.PAGE_SIZE).mapToObj(i -> row("a" + (page * PagedArticles.PAGE_SIZE + i)))
                .toList();
    }

    private static ArticleRow row(String id) {
        return ArticleRow.of(new ArticleSummary(id, "Title " + id, null, null, null, "", 1, 0, 0, 0, false));
    }

    /**
     * The table's selection model looks for its selected row with {@code indexOf} whenever the listing changes: a
     * search over every position read every page of the library (200 pages of a 20,000-article library, for each
     * sort or filter). It looks among the pages read only.
     */
    @Test
    void searchingLooksAmongThePagesReadAndReadsNoOther() {
        rows.reset(1, 10 * PagedArticles.PAGE_SIZE, page(0));
        rows.pageRead(1, 7, page(7));

        assertThat(rows.indexOf(row("a5"))).isEqualTo(5);
        assertThat(rows.lastIndexOf(row("a705"))).isEqualTo(705);
        assertThat(rows.contains(row("a705"))).isTrue();
        assertThat(rows.indexOf(row("a250"))).as("on a page not read").isEqualTo(-1);
        assertThat(rows.contains(row("a999"))).isFalse();
        assertThat(rows.indexOf(null)).isEqualTo(-1);
        assertThat(asked).as("pages read by the searches").isEmpty();

        // get() still reads the page it is asked for
        assertThat(rows.get(250)).isNull();
        assertThat(asked).containsExactly(2);
    }
}

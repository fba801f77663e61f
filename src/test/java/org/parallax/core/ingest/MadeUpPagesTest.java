package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;

/**
 * Pages written for these tests (src/test/resources/ingest), with furniture vocabulary and shapes unlike the
 * seeds': a blog with share buttons and comments, an HTML news page with navigation, ads and scripts, and a
 * Markdown feature with front matter, a list and a newsletter prompt.
 */
class MadeUpPagesTest {

    private final ArticleLoader loader = new ArticleLoader();

    private static Path page(String name) throws URISyntaxException {
        return Path.of(MadeUpPagesTest.class.getResource("/ingest/" + name).toURI());
    }

    @Test
    void blogWithShareButtonsAndComments() throws Exception {
        Article a = loader.load(page("blog-share-comments.txt"));
        assertThat(a.body()).startsWith("The ferry to Lindholm Island").endsWith("first time in three years.");
        assertThat(a.body()).contains("\n\nWhat residents want\n\n"); // crosshead stays
        assertThat(a.body()).doesNotContain("Advertisement", "Share this", "Great piece", "Leave a Reply", "Menu");
        assertThat(a.furniture()).contains("Advertisement", "Share this:", "Related", "Leave a Reply",
                "Harbour wall repairs: what we know so far", "Skip to content",
                "The fuel clause was in the local paper back in 2019, but thanks for digging out the contract itself.");
        assertThat(a.metadata().title()).isEqualTo("Why our town's ferry timetable keeps changing");
        assertThat(a.metadata().byline()).isEqualTo("Jane Okafor");
        assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(a.metadata().outlet()).isNull();
    }

    @Test
    void htmlNewsPageWithNavigationAdsAndScripts() throws Exception {
        Article a = loader.load(page("news-page.html"));
        assertThat(a.format()).isEqualTo(Format.HTML);
        assertThat(a.body()).startsWith("Train services across the north of England")
                .endsWith("Tickets for the strike days will be refunded in full.");
        assertThat(a.body()).contains("leaving thousands") // &nbsp;&nbsp; folded
                .contains("\n\nCommuters turn to buses\n\n")
                .contains("\u201CWe understand the frustration of passengers,\u201D");
        assertThat(a.body() + String.join("\n", a.furniture()))
                .doesNotContain("SECRET", "http://", "images.example", "font-family");
        assertThat(a.body()).doesNotContain("Home", "ADVERTISEMENT", "Read more", "Most read", "©", "Photo: Ledger");
        assertThat(a.furniture()).contains("Home", "ADVERTISEMENT Buy cheap flights now", "Most read",
                "© 2024 The Northern Ledger. All rights reserved.", "Read more: Bus companies add extra services");
        assertThat(a.metadata().title()).isEqualTo("Rail strike halts trains across the north");
        assertThat(a.metadata().outlet()).isEqualTo("The Northern Ledger");
        assertThat(a.metadata().byline()).isEqualTo("Priya Raman");
        assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(a.metadata().url()).isEqualTo("https://ledger.example/news/rail-strike");
    }

    @Test
    void markdownFeatureWithFrontMatterListAndNewsletterPrompt() throws Exception {
        Article a = loader.load(page("feature.md"));
        assertThat(a.format()).isEqualTo(Format.MARKDOWN);
        assertThat(a.body()).startsWith("For most of the twentieth century, every lighthouse on the Baltic coast")
                .endsWith("which for Dahl means next spring.");
        assertThat(a.body()).contains("Karl Dahl has kept the light at Sandhamn since 1987.") // link → text
                .contains("recording the weather at 06:00 and 18:00,") // list item, code markers gone
                .doesNotContain("**", "*", "](", "![", "#", "lighthouse.jpg", "Subscribe", "Share on");
        assertThat(a.furniture()).contains("Enjoyed this story? Subscribe to our newsletter for more.",
                "Share on Twitter | Share on Facebook", "By Elin Sørensen");
        assertThat(a.metadata().title()).isEqualTo("The last lighthouse keepers of the Baltic");
        assertThat(a.metadata().byline()).isEqualTo("Elin Sørensen");
        assertThat(a.metadata().outlet()).isEqualTo("Coastal Review");
        assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2022, 9, 18));
    }

    @Test
    void wireDatelineAtTheStartOfTheFirstParagraph() {
        Article a = loader.fromText("""
                WORLD
                Storm cuts power to 200,000 homes

                MANILA (Reuters) - A typhoon cut power to about 200,000 homes in the northern Philippines on Sunday, \
                officials said, as rescue teams searched for fishermen reported missing.

                The weather bureau said the storm would weaken as it crossed the mountains of Luzon overnight.

                Reporting by Karen Lema; Editing by Ed Davies
                Our Standards: The Thomson Reuters Trust Principles.
                """, null, "pasted text");
        assertThat(a.body()).startsWith("MANILA (Reuters) - A typhoon").endsWith("overnight.");
        assertThat(a.metadata().dateline()).isEqualTo("MANILA");
        assertThat(a.metadata().wire()).isEqualTo("Reuters");
        assertThat(a.metadata().title()).isEqualTo("Storm cuts power to 200,000 homes");
        assertThat(a.metadata().published()).isNull();
        assertThat(a.furniture()).contains("WORLD", "Our Standards: The Thomson Reuters Trust Principles.");
    }

    @Test
    void summaryBeforeRepeatedHeadlineIsFurniture() {
        Article a = loader.fromText("""
                Library reopens after flood repairs

                The city library reopened on Monday after eight months of repairs, with a new children's wing.
                12 June 2023
                Library reopens after flood repairs

                The central library reopened its doors on Monday, eight months after a burst main flooded the ground floor.

                Staff said about 4,000 books had been lost, most of them from the reference collection.
                """, null, "pasted text");
        assertThat(a.body()).startsWith("The central library reopened").endsWith("reference collection.");
        assertThat(a.furniture()).contains(
                "The city library reopened on Monday after eight months of repairs, with a new children's wing.");
        assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(a.metadata().title()).isEqualTo("Library reopens after flood repairs");
    }

    @Test
    void storyAboutCookiesAndAdvertisingIsNotMistakenForFurniture() {
        Article a = loader.fromText("""
                Regulator fines publisher over cookie banners

                The data protection authority fined a large publisher on Wednesday for cookie banners that made it \
                harder to refuse tracking than to accept it, a breach of the GDPR, the regulator said.

                The company said its advertising revenue fell 10 percent.

                Its privacy policy now offers a reject button, and the publisher said it would appeal the fine in court.

                Related stories
                Advertisers brace for the end of third-party cookies
                """, null, "pasted text");
        assertThat(a.body()).startsWith("The data protection authority")
                .contains("advertising revenue fell 10 percent.")
                .endsWith("appeal the fine in court.");
        assertThat(a.furniture()).contains("Related stories", "Advertisers brace for the end of third-party cookies");
    }
}

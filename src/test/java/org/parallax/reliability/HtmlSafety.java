package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that an HTML report, parsed as a browser would, holds nothing active: no script, handler or link. */
final class HtmlSafety {

    private HtmlSafety() {
    }

    static void assertInert(String html) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, iframe, frame, object, embed, base, form, link[rel~=(?i)import|preload]"))
                .as("active elements in the report").isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                assertThat(name).as("event handler attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(value).as("%s=\"%s\" on <%s>", name, a.getValue(), e.tagName())
                        .doesNotContain("javascript:").doesNotContain("vbscript:");
                if (name.equals("src") || name.equals("href") || name.equals("srcset") || name.equals("action")) {
                    assertThat(value).as("a link or source in the report: %s=\"%s\"", name, a.getValue())
                            .matches("#.*|data:.*|");
                }
            }
        }
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        assertThat(doc.select("meta[http-equiv=refresh]")).isEmpty();
    }
}

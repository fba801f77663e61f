package org.parallax.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.core.article.Metadata;

/**
 * HTML via jsoup, parsed from a string: nothing is fetched, no image or link is resolved.
 * <ol>
 *   <li>Metadata from markup: title (og:title, JSON-LD headline, first h1, &lt;title&gt;), outlet
 *       (og:site_name, application-name, JSON-LD publisher), author (meta author, article:author, JSON-LD
 *       author, rel=author, .byline/.author), published (article:published_time, meta date, itemprop
 *       datePublished, JSON-LD datePublished, first &lt;time datetime&gt;), url (canonical, og:url).</li>
 *   <li>Code and embeds are dropped without a trace (script, style, noscript, iframe, template, svg, forms'
 *       controls, comments). Page furniture is set aside as furniture: nav, header, footer, aside, figure
 *       captions, and elements whose class or id names ads, sharing, related content, newsletters, cookies,
 *       comments, sidebars, breadcrumbs or promotions — unless the element holds the article (or, for a class
 *       name, most of the page's text).</li>
 *   <li>The body container is [itemprop=articleBody], else the largest &lt;article&gt;, else &lt;main&gt;, else
 *       the element with the most paragraph text directly inside it. Its paragraphs, headings, list items,
 *       quotes and line breaks become blocks; the rest of the page becomes furniture.</li>
 * </ol>
 */
final class HtmlReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DROP = "script, style, noscript, iframe, template, svg, object, embed, canvas,"
            + " button, select, input, textarea, link, meta, audio, video, source, picture, img";
    private static final String FURNITURE = "nav, header, footer, aside, figcaption, figure, [role=navigation],"
            + " [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], dialog";
    private static final Pattern JUNK_TOKEN = Pattern.compile("(?i)^(?:.*[-_])?(?:ads?|adv|advert\\w*|sponsor\\w*"
            + "|promo\\w*|share|sharing|social|related|newsletter|cookies?|consent|gdpr|comments?|disqus|subscribe"
            + "|subscription|paywall|sidebar|widget|breadcrumbs?|popup|modal|banner|outbrain|taboola|recirc\\w*"
            + "|most-?read|trending|tags?|author-bio|bio)(?:[-_].*)?$");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "header", "footer", "table", "tr", "td", "th", "dd",
            "dt", "dl", "figcaption", "figure", "main", "nav", "aside", "address", "hr", "br", "body", "form",
            "fieldset", "legend", "caption", "details", "summary", "center");
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main", "article");

    private HtmlReader() {
    }

    static Page read(String html) {
        Document doc = Jsoup.parse(html);
        JsonNode ld = jsonLd(doc);
        Metadata meta = metadata(doc, ld);
        doc.select(DROP).remove();
        removeComments(doc);

        Element root = doc.body();
        int totalText = root.text().length();
        List<String> outside = new ArrayList<>();
        Elements articleBody = doc.select("[itemprop=articleBody]");
        Elements protect = doc.select("[itemprop=articleBody], article, main, [role=main]");
        for (Element e : doc.select(FURNITURE)) {
            if (e.ownerDocument() == doc && removable(e, protect, Integer.MAX_VALUE)) {
                outside.addAll(texts(e));
                e.remove();
            }
        }
        for (Element e : doc.getAllElements()) {
            if (e.ownerDocument() == doc && junk(e) && removable(e, articleBody, totalText)) {
                outside.addAll(texts(e));
                e.remove();
            }
        }
        Element container = container(doc);
        List<Block> blocks = blocks(container);
        if (container != root) {
            container.remove();
            outside.addAll(0, texts(root));
        }
        return new Page(blocks, meta, outside);
    }

    private static boolean junk(Element e) {
        if (KEEP_TAGS.contains(e.normalName())) {
            return false;
        }
        for (String token : e.classNames()) {
            if (JUNK_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return !e.id().isEmpty() && JUNK_TOKEN.matcher(e.id()).matches();
    }

    /** False if {@code e} holds one of {@code protect}, or (for guesses by class name) most of the text. */
    private static boolean removable(Element e, Elements protect, int totalText) {
        for (Element body : protect) {
            if (body == e || body.parents().contains(e)) {
                return false;
            }
        }
        return totalText == 0 || totalText == Integer.MAX_VALUE || e.text().length() <= 0.4 * totalText;
    }

    private static Element container(Document doc) {
        Element byProp = largest(doc.select("[itemprop=articleBody]"));
        if (byProp != null) {
            return byProp;
        }
        Element article = largest(doc.select("article"));
        if (article != null && paragraphText(article) > 0) {
            return article;
        }
        Element main = largest(doc.select("main, [role=main]"));
        if (main != null && paragraphText(main) > 0) {
            return main;
        }
        Element best = null;
        int bestScore = 0;
        for (Element e : doc.body().getAllElements()) {
            int score = 0;
            for (Element child : e.children()) {
                if (child.normalName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best != null ? best : doc.body();
    }

    private static int paragraphText(Element e) {
        int total = 0;
        for (Element p : e.select("p")) {
            total += p.text().length();
        }
        return total == 0 ? e.text().length() : total;
    }

    private static Element largest(Elements elements) {
        Element best = null;
        for (Element e : elements) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    private static void removeComments(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    private static List<String> texts(Element e) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks(e)) {
            out.add(b.text());
        }
        return out;
    }

    /** The element's text cut into blocks at block-level elements and line breaks. */
    static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean[] heading = {false};
        int[] pre = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    buf.append(pre[0] > 0 ? t.getWholeText() : t.text());
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(buf, heading[0], out);
                    if (e.normalName().matches("h[1-6]")) {
                        heading[0] = true;
                    } else if (e.normalName().equals("pre")) {
                        pre[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(buf, heading[0], out);
                    if (e.normalName().matches("h[1-6]")) {
                        heading[0] = false;
                    } else if (e.normalName().equals("pre")) {
                        pre[0]--;
                    }
                }
            }
        }, root);
        flush(buf, heading[0], out);
        return out;
    }

    private static void flush(StringBuilder buf, boolean heading, List<Block> out) {
        if (buf.length() == 0) {
            return;
        }
        for (String line : Lines.split(buf.toString())) {
            String c = Lines.clean(line);
            if (!c.isEmpty()) {
                out.add(new Block(c, heading));
            }
        }
        buf.setLength(0);
    }

    private static Metadata metadata(Document doc, JsonNode ld) {
        String siteName = first(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"),
                ldText(ld, "publisher", "name"));
        String title = first(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                ldText(ld, "headline"), text(doc.selectFirst("h1")), titleTag(doc, siteName));
        String author = first(meta(doc, "meta[name=author]"), notUrl(meta(doc, "meta[property=article:author]")),
                ldText(ld, "author", "name"), text(doc.selectFirst("[rel=author]")),
                byline(text(doc.selectFirst(".byline, .author, [itemprop=author]"))));
        LocalDate published = null;
        for (String s : new String[] {meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name=date]"),
                meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publishdate]"),
                meta(doc, "meta[name=dc.date.issued]"), meta(doc, "meta[name=dcterms.date]"),
                ldText(ld, "datePublished"), attr(doc.selectFirst("time[datetime]"), "datetime")}) {
            if (published == null && s != null) {
                published = Dates.find(s);
            }
        }
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "meta[property=og:url]"));
        return new Metadata(title, siteName, author, null, null, published, url);
    }

    private static String titleTag(Document doc, String siteName) {
        String t = Lines.clean(doc.title());
        if (t.isEmpty()) {
            return null;
        }
        if (siteName != null) {
            t = t.replace(siteName, "").replaceAll("^[\\s|\\-–—:]+|[\\s|\\-–—:]+$", "");
        }
        return t.isEmpty() ? null : t;
    }

    private static String byline(String s) {
        return s == null ? null : s.replaceFirst("(?i)^by\\s+", "").strip();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(Lines.clean(e.attr("content")));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name).strip());
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(Lines.clean(e.text()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The first JSON-LD object that looks like an article (has a headline or datePublished), or null. */
    private static JsonNode jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // malformed JSON-LD is common and harmless: ignore it
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.isObject()) {
            if (node.has("headline") || node.has("datePublished")) {
                return node;
            }
            return findArticle(node.get("@graph"));
        }
        return null;
    }

    private static String ldText(JsonNode ld, String... path) {
        JsonNode n = ld;
        for (String p : path) {
            if (n == null) {
                return null;
            }
            if (n.isArray()) {
                n = n.size() > 0 ? n.get(0) : null;
                if (n == null) {
                    return null;
                }
            }
            n = n.get(p);
        }
        if (n != null && n.isArray() && n.size() > 0) {
            n = n.get(0);
        }
        return n != null && n.isTextual() ? blankToNull(Lines.clean(n.asText())) : null;
    }
}

package org.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.parallax.core.article.Metadata;

/**
 * Markdown via commonmark-java, reduced to text: headings, paragraphs, list items and quoted paragraphs become
 * blocks; emphasis and code markers go, links keep their text, images and inline HTML are dropped, HTML blocks
 * keep only their text. A YAML-style front matter block ({@code ---} … {@code ---}) may give title, author,
 * date, outlet (or site/publication), url, wire and dateline. The first heading before any paragraph is the
 * title.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownReader() {
    }

    static Page read(String text) {
        List<String> lines = Lines.split(text);
        Metadata front = Metadata.EMPTY;
        int bodyFrom = 0;
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first < lines.size() && lines.get(first).strip().equals("---")) {
            for (int i = first + 1; i < Math.min(lines.size(), first + 60); i++) {
                String l = lines.get(i).strip();
                if (l.equals("---") || l.equals("...")) {
                    front = frontMatter(lines.subList(first + 1, i));
                    bodyFrom = i + 1;
                    break;
                }
            }
        }
        Node doc = PARSER.parse(String.join("\n", lines.subList(bodyFrom, lines.size())));
        List<Block> blocks = new ArrayList<>();
        String[] title = {null};
        boolean[] paragraphSeen = {false};
        walk(doc, blocks, title, paragraphSeen);
        Metadata md = front.title() == null && title[0] != null ? front.withTitle(title[0]) : front;
        return new Page(blocks, md, List.of());
    }

    private static void walk(Node node, List<Block> out, String[] title, boolean[] paragraphSeen) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                String t = Lines.clean(inline(h).replace('\n', ' '));
                if (!t.isEmpty()) {
                    if (title[0] == null && !paragraphSeen[0] && h.getLevel() <= 2) {
                        title[0] = t;
                    }
                    out.add(new Block(t, true));
                }
            } else if (child instanceof Paragraph p) {
                paragraphSeen[0] = true;
                addLines(inline(p), out);
            } else if (child instanceof FencedCodeBlock f) {
                addLines(f.getLiteral(), out);
            } else if (child instanceof IndentedCodeBlock c) {
                addLines(c.getLiteral(), out);
            } else if (child instanceof HtmlBlock hb) {
                addLines(Jsoup.parse(hb.getLiteral()).text(), out);
            } else {
                walk(child, out, title, paragraphSeen);
            }
        }
    }

    private static void addLines(String text, List<Block> out) {
        for (String line : Lines.split(text)) {
            String c = Lines.clean(line);
            if (!c.isEmpty()) {
                out.add(Block.of(c));
            }
        }
    }

    private static String inline(Node node) {
        StringBuilder sb = new StringBuilder();
        appendInline(node, sb);
        return sb.toString();
    }

    private static void appendInline(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (child instanceof HardLineBreak) {
                sb.append('\n');
            } else if (child instanceof Image || child instanceof HtmlInline) {
                continue;
            } else {
                appendInline(child, sb);
            }
        }
    }

    private static Metadata frontMatter(List<String> lines) {
        String title = null;
        String outlet = null;
        String byline = null;
        String wire = null;
        String dateline = null;
        String url = null;
        String date = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip().replaceAll("^[\"']|[\"']$", "").strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "title", "headline" -> title = value;
                case "outlet", "site", "publication", "source" -> outlet = value;
                case "author", "byline" -> byline = value;
                case "wire", "agency" -> wire = value;
                case "dateline" -> dateline = value;
                case "url", "canonical", "link" -> url = value;
                case "date", "published" -> date = value;
                default -> {
                    // ignored
                }
            }
        }
        return new Metadata(title, outlet, byline, wire, dateline, Dates.find(date), url);
    }
}

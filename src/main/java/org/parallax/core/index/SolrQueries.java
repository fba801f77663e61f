package org.parallax.core.index;

import java.util.Locale;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.solr.client.solrj.SolrQuery;
import org.parallax.core.index.LibraryQueryParser.Period;

/**
 * A library search as a Solr request: the same query syntax and the same meaning as the local library
 * ({@link LibraryQueryParser}), answered by Solr's extended query parser (the classic Lucene syntax, with
 * plain words searched in title, boosted, and body) and its unified highlighter on the body.
 *
 * <p>The query is first parsed here by {@link LibraryQueryParser}, so a query the local library refuses is
 * refused with the same message before anything is sent. Dates are the one rewrite: the collection keeps the
 * publication date as an epoch day, so {@code published:2024-11} becomes {@code published:[20028 TO 20057]}
 * here, as the local parser does it.
 */
final class SolrQueries {

    /** Marks around a highlighted match in Solr's snippets: private-use characters no article holds. */
    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private SolrQueries() {
    }

    /** The request for {@code query}, already checked by {@link LibraryQueryParser}, at most {@code rows} hits. */
    static SolrQuery search(String query, int rows) throws ParseException {
        SolrQuery q = new SolrQuery(rewriteDates(query));
        q.set("defType", "edismax");
        q.set("qf", ArticleDocuments.TITLE + "^" + LibraryQueryParser.TITLE_BOOST + " " + ArticleDocuments.BODY);
        q.set("q.op", "AND");
        // split on white space as Lucene's classic parser does; sum the title and body scores as it does
        q.set("sow", true);
        q.set("tie", "1.0");
        q.set("lowercaseOperators", false);
        q.set("uf", String.join(" ", ArticleDocuments.SEARCH_FIELDS));
        q.setRows(rows);
        q.setFields("*", "score");
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", ArticleDocuments.BODY);
        q.set("hl.snippets", SnippetHighlighter.MAX_SNIPPETS);
        // sentences, as found (a fragment size of 1 turns off Solr's joining of them up to a length)
        q.set("hl.bs.type", "SENTENCE");
        q.set("hl.bs.language", "");
        q.set("hl.fragsize", 1);
        q.set("hl.requireFieldMatch", true);
        q.set("hl.usePhraseHighlighter", true);
        q.set("hl.weightMatches", true);
        q.set("hl.defaultSummary", true);
        q.set("hl.maxAnalyzedChars", 10_000_000);
        q.set("hl.offsetSource", "POSTINGS");
        q.set("hl.tag.pre", PRE);
        q.set("hl.tag.post", POST);
        q.set("hl.encoder", "");
        return q;
    }

    /**
     * {@code published:DAY|MONTH|YEAR} and {@code published:[A TO B]} outside quotes, as ranges of epoch days.
     *
     * @throws ParseException when a date is not one (the local parser has refused it already)
     */
    static String rewriteDates(String query) throws ParseException {
        String field = ArticleDocuments.PUBLISHED + ":";
        StringBuilder out = new StringBuilder(query.length() + 16);
        boolean quoted = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                out.append(c).append(query.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            boolean atToken = i == 0 || " \t\r\n(+-!".indexOf(query.charAt(i - 1)) >= 0;
            if (!quoted && atToken && query.regionMatches(true, i, field, 0, field.length())) {
                int start = i + field.length();
                int end = valueEnd(query, start);
                out.append(field).append(dateValue(query.substring(start, end)));
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int valueEnd(String q, int start) {
        if (start >= q.length()) {
            return start;
        }
        char open = q.charAt(start);
        if (open == '[' || open == '{') {
            for (int j = start + 1; j < q.length(); j++) {
                if (q.charAt(j) == ']' || q.charAt(j) == '}') {
                    return j + 1;
                }
            }
            return q.length();
        }
        if (open == '"') {
            int close = q.indexOf('"', start + 1);
            return close < 0 ? q.length() : close + 1;
        }
        int j = start;
        while (j < q.length() && " \t\r\n()".indexOf(q.charAt(j)) < 0) {
            j++;
        }
        // a trailing boost stays with the clause
        return j;
    }

    private static String dateValue(String value) throws ParseException {
        String v = value.strip();
        String boost = "";
        int caret = v.lastIndexOf('^');
        if (caret > 0 && (v.endsWith("]") || v.endsWith("}") || v.indexOf('[') < 0 && v.indexOf('{') < 0)
                && v.substring(caret + 1).matches("[0-9.]+")) {
            boost = v.substring(caret);
            v = v.substring(0, caret);
        }
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            v = v.substring(1, v.length() - 1).strip();
        }
        if (v.equals("*")) {
            return "[* TO *]" + boost;
        }
        if (v.startsWith("[") || v.startsWith("{")) {
            boolean startInclusive = v.startsWith("[");
            boolean endInclusive = v.endsWith("]");
            String inner = v.substring(1, v.length() - 1).strip();
            String[] parts = inner.split("(?i)\\s+TO\\s+");
            if (parts.length != 2) {
                throw new ParseException("'" + v + "' is not a date range");
            }
            String low = "*";
            String high = "*";
            if (!parts[0].strip().equals("*")) {
                Period p = LibraryQueryParser.period(parts[0]);
                low = Integer.toString(startInclusive ? p.first() : p.last() + 1);
            }
            if (!parts[1].strip().equals("*")) {
                Period p = LibraryQueryParser.period(parts[1]);
                high = Integer.toString(endInclusive ? p.last() : p.first() - 1);
            }
            return "[" + low + " TO " + high + "]" + boost;
        }
        String day = v.endsWith("*") ? v.substring(0, v.length() - 1) : v;
        if (day.endsWith("-")) {
            day = day.substring(0, day.length() - 1);
        }
        Period p = LibraryQueryParser.period(day.toLowerCase(Locale.ROOT));
        return "[" + p.first() + " TO " + p.last() + "]" + boost;
    }
}

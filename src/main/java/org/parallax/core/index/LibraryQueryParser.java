package org.parallax.core.index;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the library: phrases, AND/OR/NOT, +/-, wildcards, fuzzy, ranges. Plain
 * words search the title (boosted) and the body; words must all match ({@code AND} by default), as people
 * expect of a search box; {@code OR} is there for more. Fields: {@code title:}, {@code body:},
 * {@code outlet:}, {@code byline:}, {@code wire:}, {@code dateline:}, {@code id:} and {@code published:},
 * which takes a day, a month or a year ({@code published:2024-11-20}, {@code published:2024-11}) or a range
 * of them ({@code published:[2024-11-01 TO 2024-11-30]}, {@code published:[2024-11-01 TO *]}). An unknown
 * field is an error rather than a silent "nothing found". Not thread-safe: one per search.
 */
final class LibraryQueryParser extends MultiFieldQueryParser {

    static final float TITLE_BOOST = 2f;

    LibraryQueryParser(Analyzer analyzer) {
        super(new String[] {ArticleDocuments.TITLE, ArticleDocuments.BODY}, analyzer,
                Map.of(ArticleDocuments.TITLE, TITLE_BOOST));
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            return dateQuery(queryText);
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            return dateQuery(queryText);
        }
        return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            int low = Integer.MIN_VALUE;
            int high = Integer.MAX_VALUE;
            if (part1 != null) {
                Period p = period(part1);
                low = startInclusive ? p.first() : p.last() + 1;
            }
            if (part2 != null) {
                Period p = period(part2);
                high = endInclusive ? p.last() : p.first() - 1;
            }
            return IntPoint.newRangeQuery(ArticleDocuments.PUBLISHED, low, high);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            return dateQuery(termStr.endsWith("-") ? termStr.substring(0, termStr.length() - 1) : termStr);
        }
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            if ("*".equals(termStr)) {
                return IntPoint.newRangeQuery(ArticleDocuments.PUBLISHED, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            throw new ParseException("dates take no wildcards; write a day, a month (2024-11) or a range");
        }
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            throw new ParseException("dates cannot be fuzzy; write a day, a month (2024-11) or a range");
        }
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        checkField(field);
        if (ArticleDocuments.PUBLISHED.equals(field)) {
            throw new ParseException("dates take no regular expressions; write a day, a month (2024-11) or a range");
        }
        return super.getRegexpQuery(field, termStr);
    }

    private static void checkField(String field) throws ParseException {
        if (field != null && !ArticleDocuments.SEARCH_FIELDS.contains(field)) {
            throw new ParseException("there is no field '" + field + "' (fields are "
                    + String.join(", ", ArticleDocuments.SEARCH_FIELDS) + "; put text with a colon in quotes)");
        }
    }

    private static Query dateQuery(String text) throws ParseException {
        Period p = period(text);
        return IntPoint.newRangeQuery(ArticleDocuments.PUBLISHED, p.first(), p.last());
    }

    /** The days, as epoch days, that "2024", "2024-11" or "2024-11-20" names. */
    static Period period(String text) throws ParseException {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                Year y = Year.parse(t);
                return new Period(day(y.atDay(1)), day(y.atMonth(12).atEndOfMonth()));
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] parts = t.split("-");
                YearMonth m = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                return new Period(day(m.atDay(1)), day(m.atEndOfMonth()));
            }
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] parts = t.split("-");
                LocalDate d = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
                return new Period(day(d), day(d));
            }
        } catch (DateTimeException e) {
            throw new ParseException("'" + t + "' is not a date (" + e.getMessage() + ")");
        }
        throw new ParseException("'" + t + "' is not a date; write dates like 2024-11-20, 2024-11 or 2024");
    }

    private static int day(LocalDate d) {
        return Math.toIntExact(d.toEpochDay());
    }

    /** Inclusive range of epoch days. */
    record Period(int first, int last) {
    }
}

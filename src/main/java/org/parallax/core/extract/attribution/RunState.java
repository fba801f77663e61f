package org.parallax.core.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.text.QuoteMarks;
import org.parallax.core.text.QuotedStretch;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;
import org.parallax.core.text.Token;

/**
 * What one extraction over one body shares between its steps: the text, which characters are quoted, the
 * attributions found so far, and the people, organisations and sources named so far (for resolving later
 * mentions). Also the small token helpers the steps use. Not thread-safe: one per call.
 */
class RunState {

    final String body;
    final List<Sentence> sentences;
    final TextSplitter splitter;
    final boolean[] quoted;
    final List<Attribution> out;
    final List<Source> sources;
    final Map<String, Person> surnames;
    final List<Person> personMentions;
    final List<String> orgNames;

    RunState(String body, List<Sentence> sentences, List<QuotedStretch> marks, TextSplitter splitter) {
        this.body = body;
        this.sentences = sentences;
        this.splitter = splitter;
        this.quoted = new boolean[body.length() + 1];
        this.out = new ArrayList<>();
        this.sources = new ArrayList<>();
        this.surnames = new HashMap<>();
        this.personMentions = new ArrayList<>();
        this.orgNames = new ArrayList<>();
        for (QuotedStretch q : marks) {
            if (q.depth() == 0 && (!q.single() || QuoteMarks.words(body, q.inner()) >= 3)) {
                Span o = q.outer();
                for (int i = o.start(); i < o.end() && i < quoted.length; i++) {
                    quoted[i] = true;
                }
            }
        }
    }

    /** A step over the same run: shares every list and table. */
    RunState(RunState shared) {
        this.body = shared.body;
        this.sentences = shared.sentences;
        this.splitter = shared.splitter;
        this.quoted = shared.quoted;
        this.out = shared.out;
        this.sources = shared.sources;
        this.surnames = shared.surnames;
        this.personMentions = shared.personMentions;
        this.orgNames = shared.orgNames;
    }

    record Person(String name, String role, int pos) {
    }

    record Source(String name, String role, Span span, boolean person, boolean anonymous, int pos,
                  int paragraph) {
    }

    record Found(String name, String role, Span span, boolean person, boolean anonymous, int lastTok) {
    }

    /** A name at the end of a phrase, with the role words before it split off. */
    record NameSplit(String name, String role, int from, int nameCaps, boolean person) {
    }

    /**
     * How many earlier sources a pronoun or role noun looks back through: the last few paragraphs bound it
     * in ordinary text; this bounds it in a pathological single paragraph of megabytes.
     */
    static final int MAX_LOOK_BACK = 200;

    /** A source found in the text, resolved. */
    static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of("on", "in", "at", "last",
            "this", "earlier", "late", "yesterday", "today", "tonight", "amid", "citing", "adding", "according",
            "after", "during", "while", "with", "overnight");
    static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    int paragraphOf(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int ans = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= pos) {
                ans = sentences.get(mid).paragraph();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    // ---------------------------------------------------------------- content and output

    Span trimSpan(int from, int to) {
        int a = from;
        int b = Math.max(from, to);
        while (a < b && (TextSplitter.isBlank(body.charAt(a)) || isMarkChar(body.charAt(a)))) {
            a++;
        }
        while (b > a && (TextSplitter.isBlank(body.charAt(b - 1)) || isMarkChar(body.charAt(b - 1))
                || body.charAt(b - 1) == ',' || body.charAt(b - 1) == '.')) {
            b--;
        }
        return a < b ? new Span(a, b) : null;
    }

    boolean hasVerbish(List<Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            String l = lower(toks.get(k));
            if (CueWords.VERBISH.contains(l) || quoted[toks.get(k).start()]) {
                return true;
            }
        }
        return false;
    }

    boolean quoteAhead(List<Token> toks, int from, int max) {
        for (int k = from; k < toks.size() && k < from + max; k++) {
            if (isQuoteMark(toks.get(k)) || quoted[toks.get(k).start()]) {
                return true;
            }
        }
        return false;
    }

    boolean atNumberAhead(List<Token> toks, int from, int max) {
        for (int k = from; k + 1 < toks.size() && k < from + max; k++) {
            if (lower(toks.get(k)).equals("at")) {
                for (int j = k + 1; j < toks.size() && j < k + 4; j++) {
                    if (toks.get(j).kind() == Token.Kind.NUMBER) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    int sentenceEndTok(List<Token> toks) {
        int e = toks.size();
        while (e > 0 && !toks.get(e - 1).isWord() && toks.get(e - 1).kind() != Token.Kind.NUMBER) {
            e--;
        }
        return e;
    }

    boolean quoteEndsBefore(List<Token> toks, int pos) {
        int k = Token.firstAtOrAfter(toks, pos);
        return k < toks.size() && k > 0 && (isQuoteMark(toks.get(k - 1)) || k > 1 && toks.get(k - 1).text().equals(",")
                && isQuoteMark(toks.get(k - 2)));
    }

    Span contentSentence(Sentence s) {
        return s.span();
    }

    boolean isPersonSource(String name) {
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k < 100; k--) {
            if (sources.get(k).name().equals(name)) {
                return sources.get(k).person();
            }
        }
        return false;
    }

    static boolean containsWord(List<Token> toks, int a, int b, String w) {
        for (int k = a; k < b; k++) {
            if (lower(toks.get(k)).equals(w)) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(List<Token> toks, int a, int b) {
        List<String> w = new ArrayList<>();
        for (int k = a; k < b; k++) {
            if (toks.get(k).isWord()) {
                w.add(toks.get(k).text());
            }
        }
        return w;
    }

    static boolean capWord(Token t) {
        return t.isCapitalized();
    }

    static boolean isAcronym(Token t) {
        String x = t.text();
        return x.length() > 1 && x.equals(x.toUpperCase(Locale.ROOT)) && t.isWord();
    }

    static boolean isQuoteMark(Token t) {
        return t.text().length() == 1 && isMarkChar(t.text().charAt(0));
    }

    static boolean isMarkChar(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'' || c == '«' || c == '»'
                || c == '„';
    }

    static String lower(Token t) {
        String x = t.text();
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return x.toLowerCase(Locale.ROOT);
            }
        }
        return x;
    }
}

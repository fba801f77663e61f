package org.parallax.core.extract.attribution;

import java.util.List;
import java.util.Set;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.text.Lexicon;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.Token;

/**
 * Walks the sentences of a body and finds the cues: reporting verbs with their auxiliaries and adverbs,
 * prepositional cues ("according to", "citing"), noun cues ("amid reports") and cues without a source
 * ("reportedly"); adds one {@link Attribution} per cue with its source and content.
 */
final class CueFinder extends RunState {

    private final SourceResolver resolver;
    private final SubjectFinder subjects;

    CueFinder(RunState shared) {
        super(shared);
        NameSplitter names = new NameSplitter(shared);
        this.resolver = new SourceResolver(shared, names);
        this.subjects = new SubjectFinder(shared, resolver, names);
    }

    List<Attribution> run() {
        for (Sentence s : sentences) {
            List<Token> toks = splitter.tokens(body, s.span());
            resolver.register(toks);
            sentence(s, toks);
        }
        return out;
    }

    // ---------------------------------------------------------------- people named in the text

    void sentence(Sentence s, List<Token> toks) {
        int firstInSentence = out.size();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (quoted[t.start()] || !t.isWord() && !isCreditDash(t)) {
                i++;
                continue;
            }
            int next = cueAt(s, toks, i, firstInSentence);
            i = Math.max(next, i + 1);
        }
    }

    /** Looks for a cue starting at token {@code i}; adds it and returns the index after it, else -1. */
    int cueAt(Sentence s, List<Token> toks, int i, int firstInSentence) {
        String w = lower(toks.get(i));
        String prev = i > 0 ? lower(toks.get(i - 1)) : "";
        String nxt = i + 1 < toks.size() ? lower(toks.get(i + 1)) : "";
        int sourcing = sourcingCue(s, toks, i, firstInSentence);
        if (sourcing != NO_PHRASE) {
            return sourcing;
        }
        if (CueWords.NOUN_CUES.contains(w) && (CueWords.NOUN_CONTEXT.contains(prev) || i == 0
                || toks.get(i - 1).isCapitalized() && w.equals("warnings"))) {
            return nounCue(s, toks, i, firstInSentence);
        }
        if (CueWords.LIGHT_VERBS.contains(w)) {
            int k = i + 1;
            if (k < toks.size() && (lower(toks.get(k)).equals("a") || lower(toks.get(k)).equals("their")
                    || lower(toks.get(k)).equals("its") || lower(toks.get(k)).equals("his")
                    || lower(toks.get(k)).equals("her") || lower(toks.get(k)).equals("grave")
                    || lower(toks.get(k)).equals("serious") || lower(toks.get(k)).equals("strong"))) {
                k++;
            }
            if (k < toks.size() && CueWords.LIGHT_NOUNS.contains(lower(toks.get(k)))) {
                return verbCue(s, toks, i, k + 1, "raise", firstInSentence);
            }
            return -1;
        }
        Lexicon.SpeechVerb verb = Lexicon.speechVerb(w);
        if (verb == null || verb.has("cognitive")) {
            return -1;
        }
        String lemma = verb.lemma();
        if (verb.has("by-agent") && nxt.equals("by") && participle(w) && agentAt(toks, i + 2)) {
            // "was reported by local media", "as indicated by the company", "an email obtained by the station"
            return prepCue(s, toks, i, i + 2, firstInSentence);
        }
        boolean nounish = verb.has("noun") && !w.endsWith("ed") && !w.endsWith("ing");
        if (nounish && i > 0 && (toks.get(i - 1).kind() == Token.Kind.NUMBER
                || Lexicon.speechVerb(nxt) != null && !nxt.endsWith("ing") || NOUN_THEN_VERB.contains(nxt))) {
            return -1; // a noun: "the 2025 forecast", "the report said", "market forecasts show"
        }
        if (nounish && i > 0 && (NOUN_THEN_PREPOSITION.contains(nxt)
                || toks.get(i).isCapitalized() && toks.get(i - 1).isCapitalized())) {
            return -1; // a noun: "claims of fraud", "claims against the firm", "the Weekly Report"
        }
        if (w.equals("said") && prev.equals("having") && nxt.equals("that")) {
            return -1; // "Having said that, …"
        }
        if (CueWords.NOUN_CONTEXT.contains(prev) && (nounish || prev.equals("to") || prev.equals("a")
                || prev.equals("an") || prev.equals("the"))) {
            if (!(prev.equals("that") || prev.equals("which")) || nounish) {
                return -1;
            }
        }
        if (w.equals("adding") && nxt.equals("to")) {
            return -1;
        }
        if ((w.equals("asked") || w.equals("told")) && (prev.equals("when") || prev.equals("if")
                || prev.equals("as") || prev.equals("was") || prev.equals("were") || prev.equals("been")
                || prev.equals("being"))) {
            return -1;
        }
        if ((w.equals("said") || w.equals("told") || w.endsWith("ed") || w.endsWith("en") && !w.equals("listen"))
                && (prev.equals("is") || prev.equals("are") || prev.equals("was") || prev.equals("were")
                || prev.equals("been") || prev.equals("be"))) {
            return -1;
        }
        int end = i + 1;
        Set<String> particles = verb.values("particle");
        boolean particle = particles.contains(nxt);
        if (particle) {
            end = i + 2;
        }
        String needs = verb.value("needs");
        if (needs != null && !needsHold(needs, toks, i, prev, nxt, particle)) {
            return -1;
        }
        if (w.endsWith("s") && !w.endsWith("ss") && verb.has("s-form-after")
                && !verb.values("s-form-after").contains(prev)
                && !(CueWords.SPEAKING_HEADS.contains(prev) && nxt.equals("that"))) {
            return -1;
        }
        if (verb.values("not-after").contains(prev)) {
            return -1;
        }
        if (verb.has("audience")) {
            end = toldObject(toks, i + 1);
        }
        if (w.endsWith("ing") && verb.has("ing-preposition")) {
            return prepCue(s, toks, i, i + 1, firstInSentence);
        }
        if (w.endsWith("ing") && verb.has("ing-after") && !verb.values("ing-after").contains(prev)
                && !CueWords.AUX.contains(prev) && !contractedAux(prev)
                && !(CueWords.CUE_ADVERBS.contains(prev) && i >= 2 && (CueWords.AUX.contains(lower(toks.get(i - 2)))
                || contractedAux(lower(toks.get(i - 2)))))) {
            return -1;
        }
        return verbCue(s, toks, i, end, lemma, firstInSentence);
    }

    /** Whether a verb's {@code needs=} condition holds at token {@code i} (see speech-verbs.txt). */
    private boolean needsHold(String needs, List<Token> toks, int i, String prev, String nxt, boolean particle) {
        return switch (needs) {
            case "particle" -> particle;
            case "by" -> false;
            case "clause" -> nxt.isEmpty() || nxt.equals("that") || nxt.equals(":") || nxt.equals(",")
                    || nxt.equals(".") || nxt.equals(";") || i + 1 < toks.size() && (isQuoteMark(toks.get(i + 1))
                    || quoted[toks.get(i + 1).start()]);
            case "particle-or-quote" -> particle || quoteAhead(toks, i + 1, 8);
            case "figure-at" -> atNumberAhead(toks, i + 1, 10);
            case "relative-subject" -> prev.equals("who") || prev.equals("they") || prev.equals("we")
                    || prev.equals("which");
            case "named-object" -> i + 1 < toks.size() && toks.get(i + 1).isCapitalized();
            case "quote-next" -> nxt.equals(":") || nxt.equals(",") && i + 2 < toks.size()
                    && isQuoteMark(toks.get(i + 2)) || isQuoteMark(toks.get(Math.max(0, i - 1)));
            case "quote-near" -> needsHold("quote-next", toks, i, prev, nxt, particle)
                    || i + 1 < toks.size() && isQuoteMark(toks.get(i + 1)) || quoteCreditBefore(toks, i);
            default -> throw new IllegalStateException("speech-verbs.txt: unknown needs=" + needs);
        };
    }

    /** True when a closing quote mark stands a few words before the verb, with only its subject between. */
    private boolean quoteCreditBefore(List<Token> toks, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
            Token t = toks.get(k);
            if (isQuoteMark(t)) {
                return k < i - 1;
            }
            if (!t.isWord() || quoted[t.start()]) {
                return false;
            }
        }
        return false;
    }

    /**
     * A word holding an auxiliary: "isn’t", "haven't", "didn’t" (the whole word is the auxiliary) or "he’s",
     * "it's", "they’re" (a pronoun subject with its auxiliary).
     */
    static boolean contractedAux(String w) {
        return contractedSubject(w) || CONTRACTED_AUX.contains(w.replace('’', '\''));
    }

    /** A pronoun subject with its auxiliary: "he’s", "it's", "they’re", "we've". */
    static boolean contractedSubject(String w) {
        String l = w.replace('’', '\'');
        int q = l.indexOf('\'');
        return q > 0 && CONTRACTED_SUBJECTS.contains(l.substring(0, q)) && (l.endsWith("'s") || l.endsWith("'re")
                || l.endsWith("'ve") || l.endsWith("'d") || l.endsWith("'ll"));
    }

    private static final Set<String> CONTRACTED_SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you",
            "who", "that");
    private static final Set<String> CONTRACTED_AUX = Set.of("isn't", "aren't", "wasn't", "weren't", "hasn't",
            "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't",
            "shouldn't");

    private static boolean participle(String w) {
        return w.endsWith("ed") || w.endsWith("en") || w.equals("said") || w.equals("told")
                || w.equals("forecast") || w.equals("put");
    }

    /** Whether an agent that can be a source starts at {@code k}: not "by email", "by phone", "by 2026". */
    private boolean agentAt(List<Token> toks, int k) {
        if (k >= toks.size() || quoted[toks.get(k).start()]) {
            return false;
        }
        Token t = toks.get(k);
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalized()) {
            return true;
        }
        String l = lower(t);
        boolean bare = k + 1 >= toks.size() || !toks.get(k + 1).isWord()
                || CueWords.STOP_AFTER.contains(lower(toks.get(k + 1)));
        if (bare) {
            return l.endsWith("s") && !l.endsWith("ss") || CueWords.ANON_HEADS.contains(l);
        }
        return !l.endsWith("ing");
    }

    /** The non-blank character before {@code pos}, as a string ("" at the start). */
    private String charBefore(int pos) {
        int k = pos - 1;
        while (k >= 0 && (Character.isWhitespace(body.charAt(k)) || Character.isSpaceChar(body.charAt(k)))) {
            k--;
        }
        return k < 0 ? "" : String.valueOf(body.charAt(k));
    }

    private static final int NO_PHRASE = Integer.MIN_VALUE;

    /** Words after a noun-like cue form that show it is a noun: "claims of fraud", "claims against the firm". */
    private static final Set<String> NOUN_THEN_PREPOSITION = Set.of("of", "against", "–", "—");

    /** Verbs after a noun-like cue form that show it is the subject noun: "the forecasts show", "its estimate was". */
    private static final Set<String> NOUN_THEN_VERB = Set.of("is", "are", "was", "were", "has", "have", "had",
            "show", "shows", "showed", "put", "puts");

    /**
     * A sourcing phrase of the lexicon at token {@code i} ("according to", ", citing", "reportedly", "widely
     * believed", ", in response to"): adds its cue and returns the index after it, -1 when the phrase stands
     * here but is no cue, {@link #NO_PHRASE} when none stands here.
     */
    private static boolean isCreditDash(Token t) {
        return t.text().equals("―") || t.text().equals("—");
    }

    private int sourcingCue(Sentence s, List<Token> toks, int i, int firstInSentence) {
        String prev = i > 0 ? lower(toks.get(i - 1)) : charBefore(toks.get(i).start());
        String first = lower(toks.get(i));  // once, not once a phrase: this runs at every word
        for (Lexicon.SourcingPhrase p : Lexicon.sourcingPhrases()) {
            List<String> words = p.words();
            if (i + words.size() > toks.size() || !words.isEmpty() && !words.get(0).equals(first)) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < words.size() && match; k++) {
                match = lower(toks.get(i + k)).equals(words.get(k));
            }
            if (!match || p.has("after") && !p.values("after").contains(prev)) {
                continue;
            }
            int end = i + words.size();
            switch (p.kind()) {
                case "preposition" -> {
                    if (p.has("at-end")) {
                        int last = sentenceEndTok(toks);
                        if (last - end >= 1 && last - end <= 6 && !hasVerbish(toks, end, last)) {
                            return prepCue(s, toks, i, end, firstInSentence);
                        }
                        return -1;
                    }
                    return prepCue(s, toks, i, end, firstInSentence);
                }
                case "adverb" -> {
                    add(s, toks, i, end, null, contentSentence(s), firstInSentence);
                    return end;
                }
                case "hedge" -> {
                    if (end < toks.size() && p.values("then").contains(lower(toks.get(end)))) {
                        add(s, toks, i, end + 1, null, contentSentence(s), firstInSentence);
                        return end + 1;
                    }
                }
                case "credit" -> {
                    Found src = subjects.after(toks, end);
                    if (src == null || !src.person()) {
                        return -1;
                    }
                    add(s, toks, i, end, src, trimSpan(s.start(), toks.get(i).start()), firstInSentence);
                    return src.lastTok() + 1;
                }
                default -> throw new IllegalStateException("sourcing.txt: unknown kind " + p.kind());
            }
        }
        return NO_PHRASE;
    }

    int toldObject(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return k;
        }
        String o = lower(toks.get(k));
        if (CueWords.TOLD_AUDIENCE.contains(o)) {
            return k + 1;
        }
        if (o.equals("the") && k + 1 < toks.size() && lower(toks.get(k + 1)).equals("press")) {
            return k + 2;
        }
        if (o.equals("a") || o.equals("an") || o.equals("the")) {
            for (int j = k + 1; j < toks.size() && j <= k + 4; j++) {
                Token t = toks.get(j);
                if (!t.isWord()) {
                    break;
                }
                if (CueWords.TOLD_EVENTS.contains(lower(t))) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    // ---------------------------------------------------------------- cue kinds

    int verbCue(Sentence s, List<Token> toks, int verb, int end, String lemma, int firstInSentence) {
        // auxiliaries and adverbs before the verb belong to the cue: "have also said"
        int start = verb;
        int k = verb;
        while (k > 0 && CueWords.CUE_ADVERBS.contains(lower(toks.get(k - 1)))) {
            k--;
        }
        boolean contractedSubject = false;
        if (k > 0 && CueWords.AUX.contains(lower(toks.get(k - 1))) && !quoted[toks.get(k - 1).start()]) {
            start = k - 1;
            while (start > 0 && CueWords.AUX.contains(lower(toks.get(start - 1)))) {
                start--;
            }
        } else if (k > 0 && contractedAux(lower(toks.get(k - 1))) && !quoted[toks.get(k - 1).start()]) {
            // "isn’t saying", "has not said"; "he’s claiming": the subject is in the same word
            contractedSubject = contractedSubject(lower(toks.get(k - 1)));
            start = contractedSubject ? k : k - 1;
        }
        String verbWord = lower(toks.get(verb));
        String prev = start > 0 ? lower(toks.get(start - 1)) : "";
        Found src;
        boolean participle = verbWord.endsWith("ing") && start == verb
                && (prev.equals(",") || prev.equals("and") || prev.equals("while") || prev.equals("by")
                || prev.equals("after") || prev.equals("before") || prev.equals("in"));
        boolean lightParticiple = lemma.equals("raise") && verbWord.endsWith("ing") && start == verb
                && out.size() == firstInSentence;
        if (contractedSubject) {
            src = resolver.resolve(toks, start - 1, start);
        } else if (participle || (start == verb && (prev.equals("and") || prev.equals("or"))
                && out.size() > firstInSentence)) {
            src = subjects.sharedSubject(s, toks, start, firstInSentence);
        } else if (lightParticiple || start > 0 && prev.equals("and") && out.size() == firstInSentence) {
            // "<subject> has tested the water and said…", "<subject> sent a letter … expressing concern":
            // the sentence's subject, else the phrase before
            src = subjects.sharedSubject(s, toks, start, firstInSentence);
            if (src == null) {
                src = subjects.before(s, toks, start, firstInSentence);
            }
        } else if (subjects.invertible(toks, start, verb, end, lemma)) {
            src = subjects.after(toks, end);
            if (src == null || !src.person() && !subjects.canSpeak(src)) {
                src = subjects.before(s, toks, start, firstInSentence);
            }
        } else {
            src = subjects.before(s, toks, start, firstInSentence);
        }
        if (src == null && !participle) {
            return end; // a verb without a subject that can speak is no attribution
        }
        if (src != null && !src.person() && !subjects.canSpeak(src)) {
            return end;
        }
        String first = lower(toks.get(start));
        boolean modal = first.equals("could") || first.equals("would") || first.equals("will")
                || first.equals("may") || first.equals("might") || first.equals("can");
        if (modal && out.size() > firstInSentence) {
            return end; // "said he could confirm": reported inside a report
        }
        if (prev.equals("and") && out.size() > firstInSentence && pronounAfterLastCue(toks, start)) {
            return end; // "stated he spoke to Yoon and advised him": inside the reported clause
        }
        Span content = contentFor(s, toks, start, end, src);
        add(s, toks, start, end, src, content, firstInSentence);
        return end;
    }

    boolean pronounAfterLastCue(List<Token> toks, int cue) {
        Attribution last = out.get(out.size() - 1);
        for (int k = cue - 1; k >= 0 && toks.get(k).start() >= last.end(); k--) {
            Token t = toks.get(k);
            {
                String l = lower(t);
                if (l.equals("he") || l.equals("she") || l.equals("they") || l.equals("we") || l.equals("i")
                        || l.equals("it")) {
                    return true;
                }
            }
        }
        return false;
    }

    int prepCue(Sentence s, List<Token> toks, int start, int end, int firstInSentence) {
        Found src = subjects.after(toks, end);
        Span content;
        int sStart = s.start();
        if (start == 0 || (start <= 1 && !toks.get(0).isWord())) {
            int from = src != null ? src.span().end() : toks.get(end - 1).end();
            content = trimSpan(from, s.end());
        } else {
            content = trimSpan(sStart, toks.get(start).start());
        }
        add(s, toks, start, end, src, content, firstInSentence);
        return src == null ? end : Math.max(end, src.lastTok() + 1);
    }

    int nounCue(Sentence s, List<Token> toks, int i, int firstInSentence) {
        String w = lower(toks.get(i));
        // "Reports from X suggest…": the noun is the subject of a later verb cue; let the verb speak
        if (i + 1 < toks.size() && lower(toks.get(i + 1)).equals("from") && i <= 1) {
            for (int k = i + 2; k < toks.size(); k++) {
                String l = lower(toks.get(k));
                if (Lexicon.speechVerb(l) != null && !l.endsWith("ing")) {
                    return i + 1;
                }
            }
        }
        Found src = null;
        if (i + 1 < toks.size() && lower(toks.get(i + 1)).equals("from")) {
            int k = i + 2;
            if (k < toks.size() && lower(toks.get(k)).equals("both")) {
                k++;
            }
            src = subjects.after(toks, k);
        } else if (w.equals("warnings") && i > 0 && toks.get(i - 1).isCapitalized()) {
            int a = i;
            while (a > 0 && (toks.get(a - 1).isCapitalized() || lower(toks.get(a - 1)).equals("and")
                    || lower(toks.get(a - 1)).equals("as") && (a >= 2 && lower(toks.get(a - 2)).equals("well")
                    || lower(toks.get(a)).equals("well"))
                    || lower(toks.get(a - 1)).equals("well") && a >= 2 && lower(toks.get(a - 2)).equals("as"))) {
                a--;
            }
            while (a < i && !toks.get(a).isCapitalized()) {
                a++;
            }
            if (a < i) {
                src = resolver.resolve(toks, a, i);
            }
        }
        int k = i + 1;
        if (k < toks.size() && (lower(toks.get(k)).equals("that") || lower(toks.get(k)).equals("of"))) {
            k++;
        }
        Span content = k < toks.size() ? trimSpan(toks.get(k).start(), s.end()) : null;
        add(s, toks, i, i + 1, src, content, firstInSentence);
        return i + 1;
    }

    // ---------------------------------------------------------------- finding the source

    Span contentFor(Sentence s, List<Token> toks, int start, int end, Found src) {
        int k = end;
        boolean inverted = src != null && src.lastTok() >= end;
        if (inverted) {
            k = src.lastTok() + 1;
        }
        while (k < toks.size() && (lower(toks.get(k)).equals("that") || toks.get(k).text().equals(":")
                || toks.get(k).text().equals(","))) {
            k++;
        }
        int rest = toks.size() - k;
        if (!inverted && postPosed(toks, end, src)) {
            // "<clause>, Zelensky warned, amid reports…" / "<clause>, Bloomberg reported on 17 November."
            return trimSpan(s.start(), toks.get(commaBefore(toks, src)).start());
        }
        boolean quoteBefore = src != null && src.span() != null && src.lastTok() >= 0 && !inverted
                && quoteEndsBefore(toks, src.span().start());
        if (!inverted && rest > 2 && !quoteBefore) {
            return trimSpan(toks.get(k).start(), s.end());
        }
        // the cue closes the sentence: the content comes before it
        int from = s.start();
        int to = src != null && src.span() != null && src.span().start() < toks.get(start).start()
                && src.lastTok() >= 0 ? src.span().start() : toks.get(start).start();
        Span c = trimSpan(from, to);
        return c;
    }

    /**
     * True when "SOURCE CUE" stands after a comma that closes a clause of at least four words and the cue is
     * followed only by an adjunct (nothing, a time or place, "amid…", "citing…", ", adding…"), not by
     * reported speech of its own: then the clause before the comma is what the source said.
     */
    boolean postPosed(List<Token> toks, int end, Found src) {
        if (src == null || src.span() == null) {
            return false;
        }
        int comma = commaBefore(toks, src);
        if (comma < 4) {
            return false;
        }
        int words = 0;
        for (int k = 0; k < comma; k++) {
            if (toks.get(k).kind() != Token.Kind.PUNCT) {
                words++;
            }
        }
        if (words < 4 || quoteEndsBefore(toks, toks.get(comma).start() + 1)) {
            return false;
        }
        if (end >= toks.size()) {
            return true;
        }
        Token next = toks.get(end);
        String w = lower(next);
        if (next.kind() == Token.Kind.PUNCT) {
            return w.equals(",") || w.equals(".") || w.equals(";");
        }
        return ADJUNCT_OPENERS.contains(w) || WEEKDAYS.contains(w);
    }

    /** Index of the comma token right before the source's first token, or -1. */
    int commaBefore(List<Token> toks, Found src) {
        int first = -1;
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= src.span().start()) {
                first = k;
                break;
            }
        }
        if (first <= 0) {
            return -1;
        }
        return toks.get(first - 1).text().equals(",") ? first - 1 : -1;
    }

    void add(Sentence s, List<Token> toks, int a, int b, Found src, Span content, int firstInSentence) {
        Span cue = new Span(toks.get(a).start(), toks.get(b - 1).end());
        String source = src == null ? null : src.name();
        boolean anonymous = src == null || src.anonymous();
        Attribution at = new Attribution(cue, cue.of(body), source, src == null ? null : src.span(), content,
                anonymous, src == null ? null : src.role());
        out.add(at);
        if (src != null) {
            sources.add(new Source(src.name(), src.role(), src.span(), src.person(), src.anonymous(),
                    src.span() != null ? src.span().start() : cue.start(), s.paragraph()));
        }
    }

    // ---------------------------------------------------------------- small helpers
}

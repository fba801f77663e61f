package org.parallax.core.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.text.Names;
import org.parallax.core.text.QuoteMarks;
import org.parallax.core.text.QuotedStretch;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;
import org.parallax.core.text.Token;

/**
 * Finds reported speech and sourcing: one {@link Attribution} per cue ("said", "has estimated", "told reporters",
 * "according to", "citing", "reportedly", "amid reports"…), with its source and the attributed content.
 *
 * <p>Rules, all general: a lexicon of reporting verbs (with auxiliaries and adverbs between them kept in the cue:
 * "have also said"), prepositional cues ("according to", "citing", and the spun "in response to" at the end of a
 * sentence), noun cues ("reports", "warnings"), and cues without a source ("reportedly", "widely believed").
 * The source is the subject before the verb (skipping adverbs, times, appositives and relative clauses), the noun
 * phrase after an inverted verb ('"…," said Rutte'), or the object of "according to"/"citing". Cues inside quoted
 * text are skipped. Sources are resolved through the article: a surname to the full name given earlier,
 * "he"/"she" to the most recent person source, "it" to the most recent organisation, "the Ukrainian leader" by
 * its role, "the officials" to an earlier description with that head noun; role prefixes are split off
 * ("NATO chief Mark Rutte" → "Mark Rutte", role "NATO chief").
 *
 * <p>Thread-safe: all state lives in one call.
 */
public final class AttributionExtractor {

    private final TextSplitter splitter = new TextSplitter();

    public List<Attribution> extract(String body, List<Sentence> sentences) {
        return extract(body, sentences, QuoteMarks.find(body));
    }

    /** As {@link #extract(String, List)}, reusing quoted stretches found already. */
    public List<Attribution> extract(String body, List<Sentence> sentences, List<QuotedStretch> marks) {
        return new Run(body, sentences, marks, splitter).run();
    }

    /** One extraction over one body. */
    static final class Run {
        final String body;
        final List<Sentence> sentences;
        final TextSplitter splitter;
        final boolean[] quoted;
        final List<Attribution> out = new ArrayList<>();
        final List<Source> sources = new ArrayList<>();
        final Map<String, Person> surnames = new HashMap<>();
        final List<Person> personMentions = new ArrayList<>();
        final List<String> orgNames = new ArrayList<>();

        record Person(String name, String role, int pos) {
        }

        record Source(String name, String role, Span span, boolean person, boolean anonymous, int pos,
                      int paragraph) {
        }

        Run(String body, List<Sentence> sentences, List<QuotedStretch> marks, TextSplitter splitter) {
            this.body = body;
            this.sentences = sentences;
            this.splitter = splitter;
            this.quoted = new boolean[body.length() + 1];
            for (QuotedStretch q : marks) {
                if (q.depth() == 0 && (!q.single() || QuoteMarks.words(body, q.inner()) >= 3)) {
                    Span o = q.outer();
                    for (int i = o.start(); i < o.end() && i < quoted.length; i++) {
                        quoted[i] = true;
                    }
                }
            }
        }

        List<Attribution> run() {
            for (Sentence s : sentences) {
                List<Token> toks = splitter.tokens(body, s.span());
                register(toks);
                sentence(s, toks);
            }
            return out;
        }

        // ---------------------------------------------------------------- people named in the text

        private void register(List<Token> toks) {
            int i = 0;
            while (i < toks.size()) {
                if (!capWord(toks.get(i)) || quoted[toks.get(i).start()]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < toks.size() && !quoted[toks.get(j).start()] && (capWord(toks.get(j))
                        || (j > i && Names.PARTICLES.contains(lower(toks.get(j))) && j + 1 < toks.size()
                        && capWord(toks.get(j + 1))))) {
                    j++;
                    if (toks.get(j - 1).text().endsWith("'s") || toks.get(j - 1).text().endsWith("’s")) {
                        break;
                    }
                }
                NameSplit ns = splitName(toks, i, j);
                if (ns != null && ns.nameCaps >= 2 && ns.person) {
                    String role = ns.role;
                    if (role == null) {
                        role = roleBefore(toks, i);
                    }
                    addPerson(ns.name, role, toks.get(ns.from).start());
                } else if (ns != null && !ns.person && j - i >= 2) {
                    orgNames.add(body.substring(toks.get(i).start(), toks.get(j - 1).end()));
                }
                i = Math.max(j, i + 1);
            }
        }

        /** Lower-case role words just before a name: "NATO chief", "State Department spokesman". */
        private String roleBefore(List<Token> toks, int nameStart) {
            int k = nameStart;
            int from = nameStart;
            while (k > 0 && nameStart - k < 6) {
                Token t = toks.get(k - 1);
                String l = lower(t);
                if (t.isWord() && (Names.ROLE_WORDS.contains(l) || Lexicon.PERSON_ROLES.contains(l)
                        || t.isCapitalized())) {
                    k--;
                    if (!t.isCapitalized() || Names.ROLE_WORDS.contains(l)) {
                        from = k;
                    }
                } else {
                    break;
                }
            }
            if (from == nameStart) {
                return null;
            }
            // take capitalised modifiers before the first role word too ("NATO chief")
            while (from > 0 && toks.get(from - 1).isCapitalized() && nameStart - from < 6) {
                from--;
            }
            return body.substring(toks.get(from).start(), toks.get(nameStart - 1).end());
        }

        private void addPerson(String name, String role, int pos) {
            String key = Names.surnameKey(name);
            Person known = surnames.get(key);
            Person p;
            if (known != null && (Names.personKey(name).equals(Names.personKey(known.name()))
                    || name.indexOf(' ') < 0)) {
                p = new Person(known.name(), known.role() != null ? known.role() : role, pos);
            } else if (known != null && Names.personKey(name).endsWith(Names.personKey(known.name()))) {
                p = new Person(known.name(), role != null ? role : known.role(), pos);
            } else {
                p = new Person(name, role, pos);
            }
            if (known == null) {
                surnames.put(key, p);
                String[] parts = name.split("\\s+");
                if (parts.length == 3) {
                    surnames.putIfAbsent(Names.personKey(parts[0]), p);
                }
            } else if (known.role() == null && role != null) {
                surnames.put(key, new Person(known.name(), role, known.pos()));
            }
            personMentions.add(p);
        }

        // ---------------------------------------------------------------- cues in one sentence

        private void sentence(Sentence s, List<Token> toks) {
            int firstInSentence = out.size();
            int i = 0;
            while (i < toks.size()) {
                Token t = toks.get(i);
                if (quoted[t.start()] || !t.isWord()) {
                    i++;
                    continue;
                }
                int next = cueAt(s, toks, i, firstInSentence);
                i = Math.max(next, i + 1);
            }
        }

        /** Looks for a cue starting at token {@code i}; adds it and returns the index after it, else -1. */
        private int cueAt(Sentence s, List<Token> toks, int i, int firstInSentence) {
            String w = lower(toks.get(i));
            String prev = i > 0 ? lower(toks.get(i - 1)) : "";
            String nxt = i + 1 < toks.size() ? lower(toks.get(i + 1)) : "";
            if (w.equals("according") && nxt.equals("to")) {
                return prepCue(s, toks, i, i + 2, firstInSentence);
            }
            if ((w.equals("citing") || w.equals("quoting")) && i > 0 && prev.equals(",")) {
                return prepCue(s, toks, i, i + 1, firstInSentence);
            }
            if (w.equals("in") && nxt.equals("response") && i + 2 < toks.size()
                    && lower(toks.get(i + 2)).equals("to") && prev.equals(",")) {
                int end = sentenceEndTok(toks);
                if (end - (i + 3) >= 1 && end - (i + 3) <= 6 && !hasVerbish(toks, i + 3, end)) {
                    return prepCue(s, toks, i, i + 3, firstInSentence);
                }
                return -1;
            }
            if (w.equals("reportedly") || w.equals("allegedly") || w.equals("purportedly")) {
                add(s, toks, i, i + 1, null, contentSentence(s), firstInSentence);
                return i + 1;
            }
            if (w.equals("widely") && (nxt.equals("believed") || nxt.equals("reported") || nxt.equals("seen")
                    || nxt.equals("expected") || nxt.equals("thought"))) {
                add(s, toks, i, i + 2, null, contentSentence(s), firstInSentence);
                return i + 2;
            }
            if (Lexicon.NOUN_CUES.contains(w) && (Lexicon.NOUN_CONTEXT.contains(prev) || i == 0
                    || toks.get(i - 1).isCapitalized() && w.equals("warnings"))) {
                return nounCue(s, toks, i, firstInSentence);
            }
            if (Lexicon.LIGHT_VERBS.contains(w)) {
                int k = i + 1;
                if (k < toks.size() && (lower(toks.get(k)).equals("a") || lower(toks.get(k)).equals("their")
                        || lower(toks.get(k)).equals("its") || lower(toks.get(k)).equals("his")
                        || lower(toks.get(k)).equals("her") || lower(toks.get(k)).equals("grave")
                        || lower(toks.get(k)).equals("serious") || lower(toks.get(k)).equals("strong"))) {
                    k++;
                }
                if (k < toks.size() && Lexicon.LIGHT_NOUNS.contains(lower(toks.get(k)))) {
                    return verbCue(s, toks, i, k + 1, "raise", firstInSentence);
                }
                return -1;
            }
            String lemma = Lexicon.VERB.get(w);
            if (lemma == null) {
                return -1;
            }
            boolean nounish = Lexicon.NOUNISH.contains(lemma) && !w.endsWith("ed") && !w.endsWith("ing");
            if (Lexicon.NOUN_CONTEXT.contains(prev) && (nounish || prev.equals("to") || prev.equals("a")
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
            if ((w.equals("said") || w.equals("reported") || w.equals("described") || w.equals("quoted"))
                    && (prev.equals("is") || prev.equals("are") || prev.equals("was") || prev.equals("were")
                    || prev.equals("been") || prev.equals("be"))) {
                return -1;
            }
            int end = i + 1;
            switch (lemma) {
                case "call" -> {
                    if (nxt.equals("on") || nxt.equals("for")) {
                        end = i + 2;
                    } else if (!quoteAhead(toks, i + 1, 8)) {
                        return -1;
                    }
                }
                case "point" -> {
                    if (nxt.equals("to") || nxt.equals("out")) {
                        end = i + 2;
                    } else {
                        return -1;
                    }
                }
                case "put" -> {
                    if (!atNumberAhead(toks, i + 1, 10)) {
                        return -1;
                    }
                }
                case "view" -> {
                    if (!(prev.equals("who") || prev.equals("they") || prev.equals("we") || prev.equals("which"))) {
                        return -1;
                    }
                }
                case "brief" -> {
                    if (i + 1 >= toks.size() || !toks.get(i + 1).isCapitalized()) {
                        return -1;
                    }
                }
                case "continue" -> {
                    if (!(nxt.equals(":") || nxt.equals(",") && i + 2 < toks.size() && isQuoteMark(toks.get(i + 2))
                            || isQuoteMark(toks.get(Math.max(0, i - 1))))) {
                        return -1;
                    }
                }
                case "state" -> {
                    if (w.equals("states") && !(prev.equals("he") || prev.equals("she") || prev.equals("it"))) {
                        return -1;
                    }
                }
                case "believe" -> {
                    if (prev.equals("i") || prev.equals("we") || prev.equals("you")) {
                        return -1;
                    }
                }
                case "tell" -> end = toldObject(toks, i + 1);
                case "warn", "confirm", "estimate", "report", "claim" -> {
                    if (w.endsWith("ing") && !prev.equals(",") && !prev.equals("and") && !prev.equals("while")
                            && !prev.equals("after") && !prev.equals("before") && !prev.equals("by")
                            && !prev.equals("in")) {
                        if (Lexicon.AUX.contains(prev)) {
                            break;
                        }
                        return -1;
                    }
                }
                case "cite", "quote" -> {
                    if (w.equals("quoting")) {
                        return prepCue(s, toks, i, i + 1, firstInSentence);
                    }
                }
                default -> {
                }
            }
            if (w.endsWith("ing") && lemma.equals("say") && !prev.equals(",") && !prev.equals("by")
                    && !prev.equals("and")) {
                if (!Lexicon.AUX.contains(prev)) {
                    return -1;
                }
            }
            return verbCue(s, toks, i, end, lemma, firstInSentence);
        }

        private int toldObject(List<Token> toks, int k) {
            if (k >= toks.size()) {
                return k;
            }
            String o = lower(toks.get(k));
            if (Lexicon.TOLD_AUDIENCE.contains(o)) {
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
                    if (Lexicon.TOLD_EVENTS.contains(lower(t))) {
                        return j + 1;
                    }
                }
            }
            return k;
        }

        // ---------------------------------------------------------------- cue kinds

        private int verbCue(Sentence s, List<Token> toks, int verb, int end, String lemma, int firstInSentence) {
            // auxiliaries and adverbs before the verb belong to the cue: "have also said"
            int start = verb;
            int k = verb;
            while (k > 0 && Lexicon.CUE_ADVERBS.contains(lower(toks.get(k - 1)))) {
                k--;
            }
            if (k > 0 && Lexicon.AUX.contains(lower(toks.get(k - 1))) && !quoted[toks.get(k - 1).start()]) {
                start = k - 1;
                while (start > 0 && Lexicon.AUX.contains(lower(toks.get(start - 1)))) {
                    start--;
                }
            }
            String verbWord = lower(toks.get(verb));
            String prev = start > 0 ? lower(toks.get(start - 1)) : "";
            Found src;
            boolean participle = verbWord.endsWith("ing") && start == verb
                    && (prev.equals(",") || prev.equals("and") || prev.equals("while") || prev.equals("by")
                    || prev.equals("after") || prev.equals("before") || prev.equals("in"));
            if (participle || (start == verb && (prev.equals("and") || prev.equals("or"))
                    && out.size() > firstInSentence)) {
                src = sharedSubject(s, toks, start, firstInSentence);
            } else if (invertible(toks, start, verb, end, lemma)) {
                src = after(toks, end);
                if (src == null || !src.person() && !canSpeak(src)) {
                    src = before(s, toks, start, firstInSentence);
                }
            } else {
                src = before(s, toks, start, firstInSentence);
            }
            if (src == null && !participle) {
                return end; // a verb without a subject that can speak is no attribution
            }
            if (src != null && !src.person() && !canSpeak(src)) {
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

        private boolean pronounAfterLastCue(List<Token> toks, int cue) {
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

        /** True when the head of a description can speak: a group, body, medium, name or role noun. */
        private boolean canSpeak(Found src) {
            if (src.span() == null) {
                return true;
            }
            String text = src.span().of(body);
            String[] words = text.split("[\\s]+");
            String head = words[words.length - 1];
            for (int k = 1; k < words.length; k++) {
                String l = words[k].toLowerCase(Locale.ROOT);
                if (l.equals("of") || l.equals("in") || l.equals("from") || l.equals("with") || l.equals("close")
                        || l.equals("familiar") || l.equals("between") || l.equals("at") || l.equals("on")
                        || l.equals("for") || l.equals("who") || l.equals("accustomed") || l.equals("(")) {
                    head = words[k - 1];
                    break;
                }
            }
            head = Names.stripPossessive(head.replaceAll("[^\\p{L}'’-]", ""));
            if (head.isEmpty()) {
                return true;
            }
            if (Character.isUpperCase(head.charAt(0))) {
                return true;
            }
            String l = head.toLowerCase(Locale.ROOT);
            return Lexicon.ANON_HEADS.contains(l) || Lexicon.PERSON_ROLES.contains(l)
                    || Lexicon.SPEAKING_HEADS.contains(l) || Names.ORG_WORDS.contains(l)
                    || Names.ROLE_WORDS.contains(l) || l.equals("he") || l.equals("she") || l.equals("they")
                    || l.equals("it") || l.equals("we");
        }

        private boolean invertible(List<Token> toks, int start, int verb, int end, String lemma) {
            if (start != verb || !Lexicon.INVERTIBLE.contains(lemma) || start == 0) {
                return false;
            }
            Token p = toks.get(start - 1);
            boolean afterBreak = p.text().equals(",") || isQuoteMark(p) || p.text().equals("—")
                    || p.text().equals("–") || p.text().equals(":");
            if (!afterBreak) {
                return false;
            }
            if (end >= toks.size()) {
                return false;
            }
            Token n = toks.get(end);
            String l = lower(n);
            if (Lexicon.DAYS.contains(l) || l.equals("he") || l.equals("she") || l.equals("it") || l.equals("they") || l.equals("that")
                    || l.equals("we") || l.equals("i") || l.equals("you")) {
                return false;
            }
            return n.isCapitalized() || l.equals("the") || l.equals("a") || l.equals("an")
                    || Lexicon.ANON_HEADS.contains(l) || Lexicon.PERSON_ROLES.contains(l)
                    || Names.ROLE_WORDS.contains(l) && !(l.equals("of") || l.equals("to") || l.equals("for")
                    || l.equals("and"));
        }

        private int prepCue(Sentence s, List<Token> toks, int start, int end, int firstInSentence) {
            Found src = after(toks, end);
            Span content;
            int sStart = s.start();
            if (start == 0 || (start <= 1 && !toks.get(0).isWord())) {
                int from = src != null ? src.span.end() : toks.get(end - 1).end();
                content = trimSpan(from, s.end());
            } else {
                content = trimSpan(sStart, toks.get(start).start());
            }
            add(s, toks, start, end, src, content, firstInSentence);
            return src == null ? end : Math.max(end, src.lastTok + 1);
        }

        private int nounCue(Sentence s, List<Token> toks, int i, int firstInSentence) {
            String w = lower(toks.get(i));
            // "Reports from X suggest…": the noun is the subject of a later verb cue; let the verb speak
            if (i + 1 < toks.size() && lower(toks.get(i + 1)).equals("from") && i <= 1) {
                for (int k = i + 2; k < toks.size(); k++) {
                    String l = lower(toks.get(k));
                    String lemma = Lexicon.VERB.get(l);
                    if (lemma != null && !l.endsWith("ing")) {
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
                src = after(toks, k);
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
                    src = resolve(toks, a, i);
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

        /** A source found in the text, resolved. */
        private static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of("on", "in", "at", "last",
                "this", "earlier", "late", "yesterday", "today", "tonight", "amid", "citing", "adding", "according",
                "after", "during", "while", "with", "overnight");
        private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday");

        record Found(String name, String role, Span span, boolean person, boolean anonymous, int lastTok) {
        }

        /** The noun phrase right after {@code k} (inverted verbs, "according to", "citing"). */
        private Found after(List<Token> toks, int k) {
            int a = k;
            int b = a;
            int limit = Math.min(toks.size(), a + 14);
            while (b < limit) {
                Token t = toks.get(b);
                String l = lower(t);
                if (quoted[t.start()]) {
                    break;
                }
                if (b > a && (l.equals("with") || l.equals("to")) && (lower(toks.get(b - 1)).equals("familiar")
                        || lower(toks.get(b - 1)).equals("close") || lower(toks.get(b - 1)).equals("accustomed")
                        || lower(toks.get(b - 1)).equals("linked") || lower(toks.get(b - 1)).equals("connected")
                        || lower(toks.get(b - 1)).equals("near"))) {
                    b++;
                    continue;
                }
                if (t.text().equals(".") && b > a && toks.get(b - 1).isCapitalized()
                        && toks.get(b - 1).text().length() <= 4 && b + 1 < limit
                        && toks.get(b + 1).isCapitalized() && toks.get(b - 1).end() == t.start()) {
                    b++;
                    continue;
                }
                if (!t.isWord() && !(t.text().equals("(") || t.text().equals(")")) || b > a
                        && Lexicon.STOP_AFTER.contains(l) && !(l.equals("of") || l.equals("for") || l.equals("and")
                        || l.equals("from")) || l.equals("who") || l.equals("which") || l.equals("that")) {
                    if (t.text().equals("-") || t.text().equals("&")) {
                        b++;
                        continue;
                    }
                    break;
                }
                b++;
            }
            while (b > a && (lower(toks.get(b - 1)).equals("and") || lower(toks.get(b - 1)).equals("of")
                    || toks.get(b - 1).text().equals("("))) {
                b--;
            }
            if (b <= a) {
                return null;
            }
            return resolve(toks, a, b);
        }

        /** The subject before the cue starting at token {@code cue}. */
        private Found before(Sentence s, List<Token> toks, int cue, int firstInSentence) {
            int b = cue;
            while (b > 0 && cue - b < 20) {
                String l = lower(toks.get(b - 1));
                if (Lexicon.DAYS.contains(l)) {
                    b--;
                    continue;
                }
                if (Lexicon.SKIP_BEFORE_VERB.contains(l) && !(l.equals("in") || l.equals("on")
                        || l.equals("this") || l.equals("last") || l.equals("next") || l.equals("week")
                        || l.equals("month") || l.equals("year") || l.equals("had") || l.equals("has")
                        || l.equals("have") || l.equals("late") || l.equals("early") || l.equals("night")
                        || l.equals("morning") || l.equals("evening") || l.equals("afternoon")
                        || l.equals("weekend") || l.equals("turn"))) {
                    b--;
                    continue;
                }
                if ((l.equals("on") || l.equals("late") || l.equals("early")) && b < cue
                        && Lexicon.DAYS.contains(lower(toks.get(b)))) {
                    b--;
                    continue;
                }
                if ((l.equals("week") || l.equals("month") || l.equals("year") || l.equals("night")
                        || l.equals("morning") || l.equals("evening") || l.equals("afternoon")
                        || l.equals("weekend")) && b >= 2) {
                    String l2 = lower(toks.get(b - 2));
                    if (l2.equals("last") || l2.equals("this") || l2.equals("next") || l2.equals("final")
                            || l2.equals("earlier") || l2.equals("that") || Lexicon.DAYS.contains(l2)) {
                        b -= 2;
                        continue;
                    }
                }
                if (l.equals(",") && b >= 3 && toks.get(b - 3).text().equals(",")
                        && Lexicon.SKIP_BEFORE_VERB.contains(lower(toks.get(b - 2)))) {
                    b -= 3;
                    continue;
                }
                if (l.equals("turn") && b >= 2 && lower(toks.get(b - 2)).equals("in")) {
                    b -= 2;
                    continue;
                }
                break;
            }
            if (b == 0) {
                return null;
            }
            // an appositive or relative clause between commas: "Rutte, a former Dutch prime minister…, called"
            if (toks.get(b - 1).text().equals(",")) {
                Found ap = appositive(toks, b - 1);
                if (ap != null) {
                    return ap;
                }
                return null;
            }
            int a = clauseStart(toks, b);
            while (a < b && (Lexicon.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a))
                    || toks.get(a).text().equals(","))) {
                a++;
            }
            if (a >= b) {
                return null;
            }
            // a list subject: "South Korea, NATO and the United States have also said"
            if (a > 1 && toks.get(a - 1).text().equals(",") && containsWord(toks, a, b, "and")) {
                int c = a - 1;
                int a2 = c;
                while (a2 > 0 && (toks.get(a2 - 1).isCapitalized() || lower(toks.get(a2 - 1)).equals("the"))
                        && c - a2 < 4) {
                    a2--;
                }
                if (a2 < c && (a2 == 0 || toks.get(a2 - 1).text().equals(",") || isQuoteMark(toks.get(a2 - 1)))) {
                    a = a2;
                }
            }
            if (b - a == 1 && (lower(toks.get(a)).equals("who") || lower(toks.get(a)).equals("which"))
                    && a > 0 && toks.get(a - 1).text().equals(",")) {
                return npBefore(toks, a - 1);
            }
            if (b - a > 12 || hasVerbish(toks, a, b)) {
                return npBefore(toks, b);
            }
            return resolve(toks, a, b);
        }

        private int clauseStart(List<Token> toks, int b) {
            int a = b;
            while (a > 0 && b - a < 40) {
                Token t = toks.get(a - 1);
                String l = lower(t);
                if (l.equals(")")) {
                    int open = a - 1;
                    while (open > 0 && !toks.get(open).text().equals("(") && a - open < 12) {
                        open--;
                    }
                    if (toks.get(open).text().equals("(") && open > 0) {
                        a = open;
                        continue;
                    }
                }
                if (quoted[t.start()] || isQuoteMark(t) || l.equals(";") || l.equals(":") || l.equals(",")
                        || l.equals("—") || l.equals("–") || l.equals("(") || l.equals(")")
                        || Lexicon.CLAUSE_BOUNDARY.contains(l) || l.equals("-") && a >= 2
                        && toks.get(a - 2).text().equals("-")) {
                    break;
                }
                a--;
            }
            return a;
        }

        private Found appositive(List<Token> toks, int comma) {
            // prefer a relative clause opener (", who"/", which") furthest in
            int best = -1;
            for (int c = comma - 1; c > 0 && comma - c < 40; c--) {
                Token t = toks.get(c);
                if (quoted[t.start()]) {
                    break;
                }
                if (t.text().equals(",")) {
                    String n = c + 1 < comma ? lower(toks.get(c + 1)) : "";
                    if (n.equals("who") || n.equals("which") || n.equals("whose")) {
                        best = c;
                        break;
                    }
                }
            }
            if (best < 0) {
                for (int c = comma - 1; c > 0 && comma - c < 25; c--) {
                    Token t = toks.get(c);
                    if (quoted[t.start()]) {
                        break;
                    }
                    if (t.text().equals(",")) {
                        List<String> seg = words(toks, c + 1, comma);
                        if (!seg.isEmpty() && isNameRun(toks, c + 1, comma)) {
                            // "Ukraine's ambassador to South Korea, Dmytro Ponomarenko, said"
                            Found f = resolve(toks, c + 1, comma);
                            int ra = clauseStart(toks, c);
                            String role = ra < c ? body.substring(toks.get(ra).start(), toks.get(c - 1).end()) : null;
                            if (f != null && role != null && f.role() == null) {
                                f = new Found(f.name(), role, f.span(), f.person(), f.anonymous(), f.lastTok());
                            }
                            return f;
                        }
                        Token n = toks.get(c + 1);
                        if (!n.isCapitalized() && n.isWord()) {
                            best = c;
                        }
                        break;
                    }
                }
            }
            if (best < 0) {
                return null;
            }
            int a = clauseStart(toks, best);
            while (a < best && (Lexicon.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a)))) {
                a++;
            }
            if (a >= best) {
                return null;
            }
            if (best - a > 10 || hasVerbish(toks, a, best)) {
                return npBefore(toks, best);
            }
            return resolve(toks, a, best);
        }

        /** A noun phrase ending just before {@code b}, walking back over names, role words and nouns. */
        private Found npBefore(List<Token> toks, int b) {
            int a = b;
            while (a > 0 && b - a < 8) {
                Token t = toks.get(a - 1);
                String l = lower(t);
                if (quoted[t.start()]) {
                    break;
                }
                if (t.isCapitalized() || Names.PARTICLES.contains(l) || Lexicon.ANON_HEADS.contains(l)
                        || Lexicon.PERSON_ROLES.contains(l) || Names.ROLE_WORDS.contains(l) && t.isWord()
                        && !l.equals("to") && !l.equals("and") || l.equals("of") && a < b) {
                    a--;
                } else {
                    break;
                }
            }
            while (a < b && (lower(toks.get(a)).equals("of") || lower(toks.get(a)).equals("the")
                    && a + 1 == b)) {
                a++;
            }
            if (a >= b) {
                return null;
            }
            return resolve(toks, a, b);
        }

        private Found sharedSubject(Sentence s, List<Token> toks, int cue, int firstInSentence) {
            if (out.size() > firstInSentence) {
                for (int k = out.size() - 1; k >= firstInSentence && out.size() - k < 20; k--) {
                    Attribution prev = out.get(k);
                    if (prev.source() != null && prev.start() < toks.get(cue).start()) {
                        return new Found(prev.source(), prev.sourceRole(), prev.sourceSpan(),
                                isPersonSource(prev.source()), prev.anonymous(), -1);
                    }
                }
            }
            // the sentence's opening noun phrase: "German Chancellor Olaf Scholz has taken…, telling Putin"
            int a = 0;
            for (int k = 0; k < Math.min(6, cue); k++) {
                if (toks.get(k).text().equals(",")) {
                    a = k + 1;
                    break;
                }
            }
            while (a < cue && (Lexicon.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a)))) {
                a++;
            }
            int b = a;
            while (b < cue && b - a < 8) {
                Token t = toks.get(b);
                String l = lower(t);
                if (t.isCapitalized() || Names.PARTICLES.contains(l) || Lexicon.ANON_HEADS.contains(l)
                        || Lexicon.PERSON_ROLES.contains(l) || (l.equals("the") || l.equals("a")) && b == a
                        || Names.ROLE_WORDS.contains(l) && t.isWord() && !l.equals("to") && !l.equals("and")
                        && !l.equals("of") || l.equals("spy") || l.equals("defense") || l.equals("defence")) {
                    b++;
                } else {
                    break;
                }
            }
            if (b == a || b >= cue) {
                return null;
            }
            return resolve(toks, a, b);
        }

        // ---------------------------------------------------------------- resolving a source phrase

        private Found resolve(List<Token> toks, int a, int b) {
            while (b > a && (toks.get(b - 1).text().equals(",") || isQuoteMark(toks.get(b - 1)))) {
                b--;
            }
            while (a < b && (toks.get(a).text().equals(",") || isQuoteMark(toks.get(a)))) {
                a++;
            }
            if (a >= b) {
                return null;
            }
            Span span = new Span(toks.get(a).start(), toks.get(b - 1).end());
            String text = span.of(body);
            String l = text.toLowerCase(Locale.ROOT);
            int pos = span.start();
            int lastTok = b - 1;
            switch (l) {
                case "he", "she", "him", "her" -> {
                    Source p = recentPerson(pos);
                    if (p != null) {
                        return new Found(p.name(), p.role(), span, true, false, lastTok);
                    }
                    Person m = recentMention(pos);
                    return m == null ? new Found(text, null, span, true, false, lastTok)
                            : new Found(m.name(), m.role(), span, true, false, lastTok);
                }
                case "it" -> {
                    Source o = recentOrg(pos);
                    return o == null ? null : new Found(o.name(), o.role(), span, false, o.anonymous(), lastTok);
                }
                case "they" -> {
                    Source o = recentGroup(pos);
                    return o == null ? new Found(text, null, span, false, true, lastTok)
                            : new Found(o.name(), o.role(), span, o.person(), o.anonymous(), lastTok);
                }
                case "i", "we", "you", "who", "which", "that", "this", "there" -> {
                    return null;
                }
                default -> {
                }
            }
            // "X and Y" where both are people
            for (int k = a + 1; k < b - 1; k++) {
                if (lower(toks.get(k)).equals("and")) {
                    NameSplit left = splitName(toks, a, k);
                    NameSplit right = splitName(toks, k + 1, b);
                    if (left != null && right != null && left.nameCaps >= 1 && right.nameCaps >= 1
                            && left.person && right.person) {
                        String n1 = fullName(left.name);
                        String n2 = fullName(right.name);
                        return new Found(n1 + " and " + n2, null, span, true, false, lastTok);
                    }
                    break;
                }
            }
            String first = lower(toks.get(a));
            if ((first.equals("the") || first.equals("this") || first.equals("that")) && b - a >= 2
                    && !toks.get(b - 1).isCapitalized()) {
                String head = lower(toks.get(b - 1));
                if (Lexicon.PERSON_ROLES.contains(head)) {
                    List<String> mods = new ArrayList<>();
                    for (int k = a + 1; k < b - 1; k++) {
                        if (toks.get(k).isWord()) {
                            mods.add(toks.get(k).text());
                        }
                    }
                    Person p = byRole(head, mods, pos);
                    if (p != null) {
                        return new Found(p.name(), p.role(), span, true, false, lastTok);
                    }
                }
                Source d = byHead(head, pos);
                if (d != null) {
                    return new Found(d.name(), d.role(), span, d.person(), d.anonymous(), lastTok);
                }
            }
            String bare = b - a == 2 && first.equals("the") ? toks.get(a + 1).text() : b - a == 1 ? text : null;
            if (bare != null && bare.length() >= 3 && bare.length() <= 6
                    && bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.chars().allMatch(Character::isLetter)) {
                String full = expandAcronym(bare);
                if (full != null) {
                    return new Found(full, null, span, false, false, lastTok);
                }
            }
            NameSplit ns = splitName(toks, a, b);
            if (ns != null) {
                String name = ns.name;
                String role = ns.role;
                boolean person = ns.person;
                if (ns.nameCaps == 1 || person) {
                    Person known = surnames.get(Names.surnameKey(name));
                    if (known != null && (ns.nameCaps == 1 || Names.personKey(known.name()).endsWith(
                            Names.personKey(name)))) {
                        name = known.name();
                        role = role != null ? role : known.role();
                        person = true;
                    } else if (ns.nameCaps == 1 && role != null && roleIsPersonal(role)) {
                        person = true;
                    }
                }
                if (person && ns.nameCaps >= 2) {
                    addPerson(name, role, pos);
                }
                if (!person && role != null) {
                    // an organisation with a descriptor: keep the phrase as written
                    return new Found(text, null, span, false, false, lastTok);
                }
                return new Found(name, role, span, person, false, lastTok);
            }
            boolean anon = isAnonymous(toks, a, b);
            return new Found(text, null, span, false, anon, lastTok);
        }

        private String expandAcronym(String acronym) {
            for (int k = orgNames.size() - 1; k >= 0 && orgNames.size() - k < 100; k--) {
                String name = orgNames.get(k);
                StringBuilder initials = new StringBuilder();
                int firstCap = -1;
                String[] words = name.split("[\\s]+");
                for (int w = 0; w < words.length; w++) {
                    String x = words[w];
                    if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                        initials.append(x.charAt(0));
                        if (firstCap < 0) {
                            firstCap = w;
                        }
                    }
                    if (initials.toString().endsWith(acronym)) {
                        int len = acronym.length();
                        // the words that gave the acronym's letters
                        int count = 0;
                        int startWord = w;
                        for (int v = w; v >= 0; v--) {
                            if (!words[v].isEmpty() && Character.isUpperCase(words[v].charAt(0))) {
                                count++;
                                if (count == len) {
                                    startWord = v;
                                    break;
                                }
                            }
                        }
                        return String.join(" ", java.util.Arrays.copyOfRange(words, startWord, w + 1));
                    }
                }
            }
            return null;
        }

        private boolean roleIsPersonal(String role) {
            for (String w : role.toLowerCase(Locale.ROOT).split("[\\s]+")) {
                if (Lexicon.PERSON_ROLES.contains(w) || w.endsWith(".") && Names.ROLE_WORDS.contains(w)) {
                    return true;
                }
                if (w.equals("rep.") || w.equals("sen.") || w.equals("gen.") || w.equals("dr.")
                        || w.equals("mr.") || w.equals("ms.") || w.equals("mrs.") || w.equals("gov.")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isAnonymous(List<Token> toks, int a, int b) {
            for (int k = a; k < b; k++) {
                String l = lower(toks.get(k));
                if (Lexicon.ANON_HEADS.contains(l) && !toks.get(k).isCapitalized()) {
                    return true;
                }
            }
            return false;
        }

        private String fullName(String name) {
            Person known = surnames.get(Names.surnameKey(name));
            if (known != null && (name.indexOf(' ') < 0
                    || Names.personKey(known.name()).endsWith(Names.personKey(name)))) {
                return known.name();
            }
            return name;
        }

        /** A name at the end of a phrase, with the role words before it split off. */
        record NameSplit(String name, String role, int from, int nameCaps, boolean person) {
        }

        private NameSplit splitName(List<Token> toks, int a, int b) {
            int e = b;
            if (e > a && (toks.get(e - 1).text().equals(")") || toks.get(e - 1).text().equals("."))) {
                return null;
            }
            boolean possessive = e > a && (toks.get(e - 1).text().endsWith("'s") || toks.get(e - 1).text().endsWith("’s"));
            int s = e;
            while (s > a) {
                Token t = toks.get(s - 1);
                String l = lower(t);
                boolean poss = t.text().endsWith("'s") || t.text().endsWith("’s");
                if (t.isCapitalized() && (!poss || s == e)
                        || Names.PARTICLES.contains(l) && s < e && s - 1 > a) {
                    s--;
                } else {
                    break;
                }
            }
            if (s == e) {
                return null;
            }
            // the name follows the last role word of the capitalised run
            int from = s;
            for (int k = e - 2; k >= s; k--) {
                String l = lower(toks.get(k));
                if (Names.ROLE_WORDS.contains(l) && !l.equals("of") && !l.equals("and") && !l.equals("the")
                        && !l.equals("to") || toks.get(k).text().endsWith(".") || isAcronym(toks.get(k))) {
                    from = k + 1;
                    break;
                }
            }
            while (from < e - 1 && Names.PARTICLES.contains(lower(toks.get(from)))) {
                from++;
            }
            int caps = 0;
            for (int k = from; k < e; k++) {
                if (toks.get(k).isCapitalized()) {
                    caps++;
                }
            }
            if (caps > 3) {
                int keep = 0;
                int k = e;
                while (k > from && keep < 2) {
                    k--;
                    if (toks.get(k).isCapitalized()) {
                        keep++;
                    }
                }
                from = k;
                caps = 2;
            }
            List<String> nameWords = new ArrayList<>();
            boolean orgish = false;
            for (int k = from; k < e; k++) {
                String w = toks.get(k).text();
                nameWords.add(k == e - 1 && possessive ? Names.stripPossessive(w) : w);
                if (Names.ORG_WORDS.contains(Names.stripPossessive(w.toLowerCase(Locale.ROOT)))) {
                    orgish = true;
                }
            }
            if (orgish) {
                return new NameSplit(body.substring(toks.get(s).start(), toks.get(e - 1).end()),
                        s > a ? body.substring(toks.get(a).start(), toks.get(s - 1).end()) : null, s, 0, false);
            }
            boolean person = caps >= 2 && Names.looksLikePerson(nameWords);
            int nameEnd = toks.get(e - 1).end() - (possessive ? 2 : 0);
            String name = body.substring(toks.get(from).start(), nameEnd);
            String role = from > a ? body.substring(toks.get(a).start(), toks.get(from - 1).end()).trim() : null;
            if (role != null && (role.equalsIgnoreCase("the") || role.equalsIgnoreCase("a")
                    || role.equalsIgnoreCase("an"))) {
                role = null;
            }
            if (caps == 1 && !person) {
                person = role != null && roleIsPersonal(role)
                        || surnames.containsKey(Names.surnameKey(name));
            }
            return new NameSplit(name, role, from, caps, person);
        }

        private boolean isNameRun(List<Token> toks, int a, int b) {
            List<String> w = words(toks, a, b);
            if (w.size() < 2 || w.size() != b - a) {
                return false;
            }
            return Names.looksLikePerson(w);
        }

        // ---------------------------------------------------------------- look-ups in what came before

        /**
         * How many earlier sources a pronoun or role noun looks back through: the last few paragraphs bound it
         * in ordinary text; this bounds it in a pathological single paragraph of megabytes.
         */
        private static final int MAX_LOOK_BACK = 200;

        private Source recentPerson(int pos) {
            int para = paragraphOf(pos);
            for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= MAX_LOOK_BACK; k--) {
                Source s = sources.get(k);
                if (para - s.paragraph() > 4) {
                    break;
                }
                if (s.pos() < pos && s.person() && s.name().indexOf(" and ") < 0) {
                    return s;
                }
            }
            return null;
        }

        private Person recentMention(int pos) {
            for (int k = personMentions.size() - 1; k >= 0 && personMentions.size() - k < 200; k--) {
                Person p = personMentions.get(k);
                if (p.pos() < pos) {
                    return p;
                }
            }
            return null;
        }

        private Source recentOrg(int pos) {
            int para = paragraphOf(pos);
            for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= MAX_LOOK_BACK; k--) {
                Source s = sources.get(k);
                if (para - s.paragraph() > 4) {
                    break;
                }
                if (s.pos() < pos && !s.person()) {
                    return s;
                }
            }
            return null;
        }

        private Source recentGroup(int pos) {
            int para = paragraphOf(pos);
            for (int k = sources.size() - 1; k >= 0; k--) {
                Source s = sources.get(k);
                if (para - s.paragraph() > 3) {
                    break;
                }
                if (s.pos() < pos && (!s.person() || s.name().contains(" and "))) {
                    return s;
                }
            }
            return null;
        }

        private Person byRole(String head, List<String> mods, int pos) {
            java.util.Set<String> heads = Lexicon.ROLE_SYNONYMS.getOrDefault(head, java.util.Set.of(head));
            Person fallback = null;
            for (int k = personMentions.size() - 1; k >= 0 && personMentions.size() - k < 200; k--) {
                Person p = personMentions.get(k);
                if (p.pos() >= pos || p.role() == null) {
                    continue;
                }
                String[] roleWords = p.role().toLowerCase(Locale.ROOT).split("[\\s]+");
                boolean headOk = false;
                for (String r : roleWords) {
                    if (heads.contains(r) || r.equals(head)) {
                        headOk = true;
                    }
                }
                boolean modsOk = true;
                for (String m : mods) {
                    boolean hit = false;
                    for (String r : roleWords) {
                        if (Names.sameStem(m, r)) {
                            hit = true;
                        }
                    }
                    if (!hit && !Character.isLowerCase(m.charAt(0))) {
                        modsOk = false;
                    }
                }
                if (modsOk && (headOk || !mods.isEmpty())) {
                    return p;
                }
                if (headOk && fallback == null && mods.isEmpty()) {
                    fallback = p;
                }
            }
            if (fallback != null) {
                return fallback;
            }
            Source s = recentPerson(pos);
            return s == null ? null : new Person(s.name(), s.role(), s.pos());
        }

        private Source byHead(String head, int pos) {
            for (int k = sources.size() - 1; k >= 0 && sources.size() - k < 100; k--) {
                Source s = sources.get(k);
                if (s.pos() >= pos || s.person()) {
                    continue;
                }
                for (String w : s.name().toLowerCase(Locale.ROOT).split("[\\s]+")) {
                    if (w.equals(head)) {
                        return s;
                    }
                }
            }
            return null;
        }

        private boolean isPersonSource(String name) {
            for (int k = sources.size() - 1; k >= 0 && sources.size() - k < 100; k--) {
                if (sources.get(k).name().equals(name)) {
                    return sources.get(k).person();
                }
            }
            return false;
        }

        private int paragraphOf(int pos) {
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

        private Span contentFor(Sentence s, List<Token> toks, int start, int end, Found src) {
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
        private boolean postPosed(List<Token> toks, int end, Found src) {
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
        private int commaBefore(List<Token> toks, Found src) {
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

        private boolean quoteEndsBefore(List<Token> toks, int pos) {
            int lo = 0;
            int hi = toks.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (toks.get(mid).start() < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < toks.size(); k++) {
                if (toks.get(k).start() >= pos) {
                    return k > 0 && (isQuoteMark(toks.get(k - 1)) || k > 1 && toks.get(k - 1).text().equals(",")
                            && isQuoteMark(toks.get(k - 2)));
                }
            }
            return false;
        }

        private Span contentSentence(Sentence s) {
            return s.span();
        }

        private Span trimSpan(int from, int to) {
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

        private void add(Sentence s, List<Token> toks, int a, int b, Found src, Span content, int firstInSentence) {
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

        private boolean quoteAhead(List<Token> toks, int from, int max) {
            for (int k = from; k < toks.size() && k < from + max; k++) {
                if (isQuoteMark(toks.get(k)) || quoted[toks.get(k).start()]) {
                    return true;
                }
            }
            return false;
        }

        private boolean atNumberAhead(List<Token> toks, int from, int max) {
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

        private int sentenceEndTok(List<Token> toks) {
            int e = toks.size();
            while (e > 0 && !toks.get(e - 1).isWord() && toks.get(e - 1).kind() != Token.Kind.NUMBER) {
                e--;
            }
            return e;
        }

        private boolean hasVerbish(List<Token> toks, int a, int b) {
            for (int k = a; k < b; k++) {
                String l = lower(toks.get(k));
                if (Lexicon.VERBISH.contains(l) || quoted[toks.get(k).start()]) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsWord(List<Token> toks, int a, int b, String w) {
            for (int k = a; k < b; k++) {
                if (lower(toks.get(k)).equals(w)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> words(List<Token> toks, int a, int b) {
            List<String> w = new ArrayList<>();
            for (int k = a; k < b; k++) {
                if (toks.get(k).isWord()) {
                    w.add(toks.get(k).text());
                }
            }
            return w;
        }

        private static boolean capWord(Token t) {
            return t.isCapitalized();
        }

        private static boolean isAcronym(Token t) {
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
}

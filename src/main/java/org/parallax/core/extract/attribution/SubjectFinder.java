package org.parallax.core.extract.attribution;

import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;

import org.parallax.core.extract.Attribution;
import org.parallax.core.text.Lexicon;
import org.parallax.core.text.Names;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.Token;

/**
 * Finds the phrase that names the source of a cue: the subject before a verb (skipping adverbs, times,
 * appositives and relative clauses), the noun phrase after an inverted verb ('"…," said Rutte') or after
 * "according to"/"citing", or the subject shared with an earlier cue of the sentence.
 */
final class SubjectFinder extends RunState {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}'’-]");

    private final SourceResolver resolver;
    private final NameSplitter names;

    SubjectFinder(RunState shared, SourceResolver resolver, NameSplitter names) {
        super(shared);
        this.resolver = resolver;
        this.names = names;
    }

    /** True when the head of a description can speak: a group, body, medium, name or role noun. */
    boolean canSpeak(Found src) {
        if (src.span() == null) {
            return true;
        }
        String text = src.span().of(body);
        String[] words = WHITESPACE.split(text);
        String head = words[words.length - 1];
        for (int k = 1; k < words.length; k++) {
            String l = words[k].toLowerCase(Locale.ROOT);
            if (l.equals("of") || l.equals("in") || l.equals("from") || l.equals("with") || l.equals("close")
                    || l.equals("familiar") || l.equals("between") || l.equals("at") || l.equals("on")
                    || l.equals("for") || l.equals("who") || l.equals("accustomed") || l.equals("(")) {
                if (l.equals("of") && CueWords.QUANTITY_HEADS.contains(words[k - 1].toLowerCase(Locale.ROOT))) {
                    continue; // "hundreds of workers": the head comes after "of"
                }
                head = words[k - 1];
                break;
            }
        }
        head = Names.stripPossessive(NOT_NAME_CHAR.matcher(head).replaceAll(""));
        if (head.isEmpty()) {
            return true;
        }
        if (Character.isUpperCase(head.charAt(0))) {
            return true;
        }
        String l = head.toLowerCase(Locale.ROOT);
        return CueWords.ANON_HEADS.contains(l) || CueWords.PERSON_ROLES.contains(l)
                || CueWords.SPEAKING_HEADS.contains(l) || Names.ORG_WORDS.contains(l)
                || Names.ROLE_WORDS.contains(l) || l.equals("he") || l.equals("she") || l.equals("they")
                || l.equals("it") || l.equals("we");
    }

    boolean invertible(List<Token> toks, int start, int verb, int end, String lemma) {
        if (start != verb || !invertibleLemma(lemma)) {
            return false;
        }
        if (start == 0) {
            // a sentence that opens with the verb: "Said Ann Cole: …", "Added the mayor, …"
            return toks.get(0).isCapitalized() && end < toks.size() && (toks.get(end).isCapitalized()
                    || lower(toks.get(end)).equals("the")) && punctuationSoon(toks, end, 6);
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
        if (CueWords.DAYS.contains(l) || l.equals("he") || l.equals("she") || l.equals("it") || l.equals("they") || l.equals("that")
                || l.equals("we") || l.equals("i") || l.equals("you")) {
            return false;
        }
        return n.isCapitalized() || l.equals("the") || l.equals("a") || l.equals("an")
                || CueWords.QUANTITY_HEADS.contains(l) || l.equals("another")
                || CueWords.ANON_HEADS.contains(l) || CueWords.PERSON_ROLES.contains(l)
                || Names.ROLE_WORDS.contains(l) && !(l.equals("of") || l.equals("to") || l.equals("for")
                || l.equals("and"));
    }

    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("in", "on", "at", "during",
            "after", "before", "for", "with", "from", "since", "by", "to", "under", "over", "into", "through");

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "it");

    /** True when a colon or comma follows within {@code n} tokens after {@code k}. */
    private static boolean punctuationSoon(List<Token> toks, int k, int n) {
        for (int j = k; j < toks.size() && j <= k + n; j++) {
            String t = toks.get(j).text();
            if (t.equals(":") || t.equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase right after {@code k} (inverted verbs, "according to", "citing"). */
    Found after(List<Token> toks, int k) {
        int a = k;
        int b = a;
        int limit = Math.min(toks.size(), a + 14);
        while (b < limit) {
            Token t = toks.get(b);
            String l = lower(t);
            if (quoted[t.start()]) {
                break;
            }
            if (b > a && CueWords.SOURCE_PARTICIPLES.contains(l) && toks.get(b - 1).isWord()
                    && !toks.get(b - 1).isCapitalized()) {
                break; // "said the email sent on Thursday", "according to a video posted online"
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
                    && CueWords.STOP_AFTER.contains(l) && !(l.equals("of") || l.equals("for") || l.equals("and")
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
        return resolver.resolve(toks, a, b);
    }

    /** The subject before the cue starting at token {@code cue}. */
    Found before(Sentence s, List<Token> toks, int cue, int firstInSentence) {
        int b = cue;
        while (b > 0 && cue - b < 20) {
            String l = lower(toks.get(b - 1));
            if (CueWords.DAYS.contains(l)) {
                b--;
                continue;
            }
            if (CueWords.SKIP_BEFORE_VERB.contains(l) && !toks.get(b - 1).isCapitalized() && !(l.equals("in") || l.equals("on")
                    || l.equals("this") || l.equals("last") || l.equals("next") || l.equals("week")
                    || l.equals("month") || l.equals("year") || l.equals("had") || l.equals("has")
                    || l.equals("have") || l.equals("late") || l.equals("early") || l.equals("night")
                    || l.equals("morning") || l.equals("evening") || l.equals("afternoon")
                    || l.equals("weekend") || l.equals("turn"))) {
                b--;
                continue;
            }
            if ((l.equals("on") || l.equals("late") || l.equals("early")) && b < cue
                    && CueWords.DAYS.contains(lower(toks.get(b)))) {
                b--;
                continue;
            }
            if ((l.equals("week") || l.equals("month") || l.equals("year") || l.equals("night")
                    || l.equals("morning") || l.equals("evening") || l.equals("afternoon")
                    || l.equals("weekend")) && b >= 2) {
                String l2 = lower(toks.get(b - 2));
                if (l2.equals("last") || l2.equals("this") || l2.equals("next") || l2.equals("final")
                        || l2.equals("earlier") || l2.equals("that") || CueWords.DAYS.contains(l2)) {
                    b -= 2;
                    continue;
                }
            }
            if (l.equals(",") && b >= 3 && toks.get(b - 3).text().equals(",")
                    && CueWords.SKIP_BEFORE_VERB.contains(lower(toks.get(b - 2)))) {
                b -= 3;
                continue;
            }
            if (l.equals("turn") && b >= 2 && lower(toks.get(b - 2)).equals("in")) {
                b -= 2;
                continue;
            }
            // a party and state tag between commas: "Sen. Ann Cole, D-Ohio, said"
            if (l.equals(",")) {
                int tag = partyTagBefore(toks, b - 1);
                if (tag > 0 && toks.get(tag - 1).text().equals(",")) {
                    b = tag - 1;
                    continue;
                }
            }
            // a short parenthesis after the subject: "Rep. Ann Cole (D-Ohio) said", "the agency (FEMA) said"
            if (l.equals(")")) {
                int open = b - 2;
                while (open > 0 && b - 1 - open <= 6 && !toks.get(open).text().equals("(")) {
                    open--;
                }
                if (open > 0 && b - 1 - open <= 6 && toks.get(open).text().equals("(")) {
                    b = open;
                    continue;
                }
            }
            break;
        }
        if (b == 0) {
            return null;
        }
        // a relative pronoun right before the verb: "the listeners who said", "the agency, which reported"
        String rel = lower(toks.get(b - 1));
        if ((rel.equals("who") || rel.equals("which")) && b >= 2 && !quoted[toks.get(b - 1).start()]) {
            int head = toks.get(b - 2).text().equals(",") ? b - 2 : b - 1;
            Found np = npBefore(toks, head);
            if (np != null) {
                return np;
            }
        }
        // a personal pronoun right before the verb is its subject: "… at 86 she still says"
        if (SUBJECT_PRONOUNS.contains(lower(toks.get(b - 1))) && !quoted[toks.get(b - 1).start()]) {
            return resolver.resolve(toks, b - 1, b);
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
        while (a < b && (CueWords.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a))
                || toks.get(a).text().equals(","))) {
            a++;
        }
        if (a >= b || lower(toks.get(a)).equals("according")) {
            return null; // "according to a video posted…": a prepositional phrase is no subject
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
        // an appositive or relative clause whose closing comma is missing: "Ana Ruiz, President of the
        // council said", "Tom Berg, who filed the lawsuit said": the person before the comma speaks
        if (a > 0 && toks.get(a - 1).text().equals(",")) {
            boolean relative = lower(toks.get(a)).equals("who");
            if (relative || opensRolePhrase(toks, a, b)) {
                Found np = npBefore(toks, a - 1);
                if (np != null && np.person()) {
                    if (!relative && np.role() == null) {
                        String role = body.substring(toks.get(a).start(), toks.get(b - 1).end());
                        return new Found(np.name(), role, np.span(), true, np.anonymous(), np.lastTok());
                    }
                    return np;
                }
            }
        }
        if (b - a > 12 || hasVerbish(toks, a, b)) {
            return npBefore(toks, b);
        }
        return resolver.resolve(toks, a, b);
    }

    /**
     * The index of a party and state tag ("D-Ohio", "R-N.Y.") whose last token stands just before {@code end},
     * or -1.
     */
    static int partyTagBefore(List<Token> toks, int end) {
        int k = end - 1;
        if (k >= 0 && toks.get(k).text().equals(".")) {
            k--;
        }
        return k >= 0 && PARTY_TAG.matcher(toks.get(k).text()).matches() ? k : -1;
    }

    private static final java.util.regex.Pattern PARTY_TAG =
            java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,5}");

    int clauseStart(List<Token> toks, int b) {
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
                    || CueWords.CLAUSE_BOUNDARY.contains(l) || l.equals("-") && a >= 2
                    && toks.get(a - 2).text().equals("-")) {
                break;
            }
            a--;
        }
        return a;
    }

    Found appositive(List<Token> toks, int comma) {
        // an age between commas: "farmer Jan Kowal, 61, told": the subject stands before it
        if (comma >= 3 && toks.get(comma - 1).kind() == Token.Kind.NUMBER
                && toks.get(comma - 2).text().equals(",")) {
            int c = comma - 2;
            int a = clauseStart(toks, c);
            while (a < c && (CueWords.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a)))) {
                a++;
            }
            if (a < c && c - a <= 8 && !hasVerbish(toks, a, c)) {
                return resolver.resolve(toks, a, c);
            }
        }
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
                    if (!seg.isEmpty() && names.isNameRun(toks, c + 1, comma)) {
                        // "Ukraine's ambassador to South Korea, Dmytro Ponomarenko, said"
                        Found f = resolver.resolve(toks, c + 1, comma);
                        int ra = clauseStart(toks, c);
                        String role = ra < c ? body.substring(toks.get(ra).start(), toks.get(c - 1).end()) : null;
                        if (f != null && role != null && f.role() == null) {
                            f = new Found(f.name(), role, f.span(), f.person(), f.anonymous(), f.lastTok());
                        }
                        return f;
                    }
                    if (c > 0 && comma - c - 1 <= 6 && capitalisedRun(toks, c + 1, comma)
                            && (CueWords.SPEAKING_HEADS.contains(lower(toks.get(c - 1)))
                            || Names.ORG_WORDS.contains(lower(toks.get(c - 1))))) {
                        // "the firm's parent company, Acme Holdings Group, reported": the name speaks
                        return resolver.resolve(toks, c + 1, comma);
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
        while (a < best && (CueWords.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a)))) {
            a++;
        }
        if (a >= best) {
            return null;
        }
        if (best - a > 10 || hasVerbish(toks, a, best)) {
            return npBefore(toks, best);
        }
        return resolver.resolve(toks, a, best);
    }

    /** A noun phrase ending just before {@code b}, walking back over names, role words and nouns. */
    Found npBefore(List<Token> toks, int b) {
        int a = b;
        while (a > 0 && b - a < 8) {
            Token t = toks.get(a - 1);
            String l = lower(t);
            if (quoted[t.start()]) {
                break;
            }
            if (t.isCapitalized() || Names.PARTICLES.contains(l) || CueWords.ANON_HEADS.contains(l)
                    || CueWords.PERSON_ROLES.contains(l) || Names.ROLE_WORDS.contains(l) && t.isWord()
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
        return resolver.resolve(toks, a, b);
    }

    Found sharedSubject(Sentence s, List<Token> toks, int cue, int firstInSentence) {
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
                if (names.isNameRun(toks, 0, k)) {
                    return resolver.resolve(toks, 0, k); // "Ann Cole, the mayor, …, saying": the name speaks
                }
                String first = lower(toks.get(0));
                if (CueWords.SKIP_BEFORE_VERB.contains(first) || CueWords.LEADING_SKIP.contains(first)
                        || OPENING_PREPOSITIONS.contains(first) || first.endsWith("ly")) {
                    a = k + 1; // "Earlier on Monday, the mayor …": an opener before the subject
                }
                break;
            }
        }
        while (a < cue && (CueWords.LEADING_SKIP.contains(lower(toks.get(a))) || isQuoteMark(toks.get(a)))) {
            a++;
        }
        if (a < cue && SUBJECT_PRONOUNS.contains(lower(toks.get(a)))) {
            return resolver.resolve(toks, a, a + 1); // "He then defended the remark, saying…"
        }
        if (a < cue && OPENING_PREPOSITIONS.contains(lower(toks.get(a)))) {
            // "During a speech on Monday, the mayor …, saying": the subject follows the opening phrase's comma
            int comma = a;
            while (comma < cue && !toks.get(comma).text().equals(",")) {
                comma++;
            }
            if (comma >= cue - 1) {
                return null; // "In the next weeks the campaign would…, emphasizing": no subject found
            }
            a = comma + 1;
        }
        int b = a;
        while (b < cue && b - a < 8) {
            Token t = toks.get(b);
            String l = lower(t);
            if (t.isCapitalized() || Names.PARTICLES.contains(l) || CueWords.ANON_HEADS.contains(l)
                    || CueWords.PERSON_ROLES.contains(l) || (l.equals("the") || l.equals("a")) && b == a
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
        return resolver.resolve(toks, a, b);
    }

    // ---------------------------------------------------------------- resolving a source phrase

    private static boolean invertibleLemma(String lemma) {
        for (Lexicon.SpeechVerb v : Lexicon.speechVerbs()) {
            if (v.lemma().equals(lemma)) {
                return v.has("invert");
            }
        }
        return false;
    }

    /** Whether tokens {@code a..b} open with a role: "President of the council", "the attorney who…". */
    private static boolean opensRolePhrase(List<Token> toks, int a, int b) {
        int k = a;
        String l = lower(toks.get(k));
        if ((l.equals("the") || l.equals("a") || l.equals("an")) && k + 1 < b) {
            k++;
            l = lower(toks.get(k));
        }
        if (l.equals("of") || l.equals("to") || l.equals("for") || l.equals("and") || l.equals("the")
                || l.equals("'s") || l.equals("’s")) {
            return false;
        }
        return CueWords.PERSON_ROLES.contains(l) || Names.ROLE_WORDS.contains(l);
    }

    /** Whether tokens {@code a..b} are capitalised words, with "of", "and" or "&" between them. */
    private boolean capitalisedRun(List<Token> toks, int a, int b) {
        if (a >= b || !toks.get(a).isCapitalized()) {
            return false;
        }
        for (int k = a; k < b; k++) {
            Token t = toks.get(k);
            String l = lower(t);
            if (quoted[t.start()] || !(t.isCapitalized() || l.equals("of") || l.equals("and") || l.equals("&"))) {
                return false;
            }
        }
        return true;
    }
}

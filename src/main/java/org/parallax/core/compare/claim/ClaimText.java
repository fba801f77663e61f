package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.core.article.Span;
import org.parallax.core.text.Lexicon;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;
import org.parallax.core.text.Token;

/**
 * Tokenize and normalize stages shared by the groupers: word tokens with offsets, a normalised form (case,
 * apostrophes and possessives folded) and a crude stem (the first five letters of the normalised form) that
 * makes "rotation"/"rotate", "deployed"/"deployment" and "kilometres"/"kilometers" meet.
 */
final class ClaimText {

    static final TextSplitter SPLITTER = new TextSplitter();

    /** Function words and reporting verbs: they say nothing about what a figure counts. */
    static final Set<String> STOP = Lexicon.words("claim stop words");

    static final Set<String> MONTHS = Lexicon.words("months");

    private ClaimText() {
    }

    /** Word and number tokens of {@code text} inside {@code range}. */
    static List<Token> tokens(String text, Span range) {
        List<Token> out = new ArrayList<>();
        for (Token t : SPLITTER.tokens(text, range)) {
            if (t.kind() != Token.Kind.PUNCT) {
                out.add(t);
            }
        }
        return out;
    }

    static List<Token> allTokens(String text, Span range) {
        return SPLITTER.tokens(text, range);
    }

    static List<Sentence> sentences(String body) {
        return SPLITTER.sentences(body);
    }

    /** Lower case, typographic apostrophes folded, a possessive "'s" or trailing apostrophe dropped. */
    static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Words news reports use interchangeably for one thing, folded to one concept: the words for war, for
     * sending troops, for helping, for losses, for holding ground, and capitals used for their countries
     * ("Moscow" for Russia). General English, not tied to any story.
     */
    private static final Map<String, String> CONCEPTS = concepts();

    private static Map<String, String> concepts() {
        Map<String, String> m = new HashMap<>();
        concept(m, "=war", "war", "wars", "conflict", "conflicts", "invasion", "fighting", "hostilities", "campaign",
                "offensive", "warfare");
        concept(m, "=send", "send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying",
                "deployment", "deployments", "dispatch", "dispatched", "despatch", "despatched");
        concept(m, "=help", "aid", "aids", "aiding", "support", "supports", "supported", "supporting", "help",
                "helps", "helped", "helping", "assist", "assists", "assisted", "assistance", "bolster", "bolstered",
                "augment", "reinforce", "reinforced");
        concept(m, "=dead", "kill", "kills", "killed", "killing", "dead", "died", "die", "death", "deaths",
                "fatalities", "fatality", "lives", "toll");
        concept(m, "=hurt", "wound", "wounded", "wounding", "injured", "injuries", "injuring", "injury", "hurt");
        concept(m, "=hold", "hold", "holds", "held", "control", "controls", "controlled", "occupy", "occupies",
                "occupied", "occupying");
        concept(m, "=territory", "territory", "territories", "soil", "land", "lands");
        concept(m, "=advance", "advance", "advanced", "advances", "advancing", "gain", "gains", "gained");
        concept(m, "russi", "moscow", "kremlin");
        concept(m, "ukrai", "kyiv", "kiev");
        concept(m, "us", "washington", "u.s", "u.s.", "america", "american", "americans");
        concept(m, "china", "beijing", "chinese");
        concept(m, "korea", "pyongyang", "seoul");
        concept(m, "japan", "tokyo", "japanese");
        concept(m, "franc", "paris", "french");
        concept(m, "germa", "berlin");
        concept(m, "brita", "london", "british", "uk");
        concept(m, "israe", "jerusalem");
        concept(m, "iran", "tehran", "iranian");
        concept(m, "india", "delhi", "indian");
        return Map.copyOf(m);
    }

    private static void concept(Map<String, String> m, String key, String... words) {
        for (String w : words) {
            m.put(w, key);
        }
    }

    /** The stem of a content word, or {@code null} for a function word, number or one-letter word. */
    static String stem(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return null;
        }
        String w = norm(t.text());
        if (w.length() < 2 || STOP.contains(w)) {
            return null;
        }
        String c = CONCEPTS.get(w);
        if (c != null) {
            return c;
        }
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}

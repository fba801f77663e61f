package org.parallax.core.extract.attribution;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.core.text.Names;
import org.parallax.core.text.Token;

/**
 * Splits a capitalised run into role and name ("NATO chief Mark Rutte" → role "NATO chief", name "Mark Rutte")
 * and tells a person's name from an organisation's.
 */
final class NameSplitter extends RunState {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    NameSplitter(RunState shared) {
        super(shared);
    }

    NameSplit splitName(List<Token> toks, int a, int b) {
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
        // an organisation's name runs on over "of"/"for": "Ohio Department of Natural Resources"
        int sx = s;
        while (sx - 2 >= a && (lower(toks.get(sx - 1)).equals("of") || lower(toks.get(sx - 1)).equals("for"))
                && toks.get(sx - 2).isCapitalized() && !isQuoteMark(toks.get(sx - 2))) {
            int k = sx - 2;
            while (k > a && toks.get(k - 1).isCapitalized()) {
                k--;
            }
            boolean org = orgish;
            for (int j = k; j < sx - 1 && !org; j++) {
                org = Names.ORG_WORDS.contains(Names.stripPossessive(lower(toks.get(j))));
            }
            if (!org) {
                break;
            }
            orgish = true;
            sx = k;
        }
        s = sx;
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

    boolean isNameRun(List<Token> toks, int a, int b) {
        List<String> w = words(toks, a, b);
        if (w.size() < 2 || w.size() != b - a) {
            return false;
        }
        return Names.looksLikePerson(w);
    }

    // ---------------------------------------------------------------- look-ups in what came before

    /** Lower-case role words just before a name: "NATO chief", "State Department spokesman". */
    String roleBefore(List<Token> toks, int nameStart) {
        int k = nameStart;
        int from = nameStart;
        while (k > 0 && nameStart - k < 6) {
            Token t = toks.get(k - 1);
            String l = lower(t);
            if (t.isWord() && (Names.ROLE_WORDS.contains(l) || CueWords.PERSON_ROLES.contains(l)
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

    boolean roleIsPersonal(String role) {
        for (String w : WHITESPACE.split(role.toLowerCase(Locale.ROOT))) {
            if (CueWords.PERSON_ROLES.contains(w) || w.endsWith(".") && Names.ROLE_WORDS.contains(w)) {
                return true;
            }
            if (w.equals("rep.") || w.equals("sen.") || w.equals("gen.") || w.equals("dr.")
                    || w.equals("mr.") || w.equals("ms.") || w.equals("mrs.") || w.equals("gov.")) {
                return true;
            }
        }
        return false;
    }
}

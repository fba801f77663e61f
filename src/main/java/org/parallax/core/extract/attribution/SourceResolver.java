package org.parallax.core.extract.attribution;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.parallax.core.article.Span;
import org.parallax.core.text.Lexicon;
import org.parallax.core.text.Names;
import org.parallax.core.text.Token;

/**
 * Resolves a source phrase through the article: a surname to the full name given earlier, "he"/"she" to the
 * most recent person source, "it" to the most recent organisation, "the Ukrainian leader" by its role, "the
 * officials" to an earlier description with that head noun, an acronym to the name it abbreviates. Keeps the
 * people and organisations named so far.
 */
final class SourceResolver extends RunState {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final NameSplitter names;

    /** The gender the article shows for a person (key {@link Names#personKey}): true female, false male. */
    private final java.util.Map<String, Boolean> genders = new java.util.HashMap<>();

    SourceResolver(RunState shared, NameSplitter names) {
        super(shared);
        this.names = names;
    }

    void register(List<Token> toks) {
        int i = 0;
        while (i < toks.size()) {
            if (!capWord(toks.get(i)) || quoted[toks.get(i).start()]) {
                i++;
                continue;
            }
            if (i == 0 && toks.size() > 1 && Lexicon.speechVerb(lower(toks.get(0))) != null) {
                i++; // "Said Ann Cole: …": the verb opening the sentence is no part of the name
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
            NameSplit ns = names.splitName(toks, i, j);
            if (ns != null && ns.nameCaps() >= 2 && ns.person()) {
                String role = ns.role();
                if (role == null) {
                    role = names.roleBefore(toks, i);
                }
                addPerson(ns.name(), role, toks.get(ns.from()).start());
                Boolean g = null;
                for (int k = ns.from() - 1; k >= Math.max(0, ns.from() - 2) && g == null; k--) {
                    g = honorificGender(toks.get(k).text());
                }
                if (g == null && role != null) {
                    g = honorificGender(role.split("\\s+")[0]);
                }
                if (g == null && role != null) {
                    g = roleGender(role);
                }
                if (g != null) {
                    genders.putIfAbsent(Names.personKey(fullName(ns.name())), g);
                }
            } else if (ns != null && !ns.person() && j - i >= 2) {
                orgNames.add(body.substring(toks.get(i).start(), toks.get(j - 1).end()));
            }
            i = Math.max(j, i + 1);
        }
    }

    void addPerson(String name, String role, int pos) {
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
            String[] parts = WHITESPACE.split(name);
            if (parts.length == 3) {
                surnames.putIfAbsent(Names.personKey(parts[0]), p);
            }
        } else if (known.role() == null && role != null) {
            surnames.put(key, new Person(known.name(), role, known.pos()));
        }
        personMentions.add(p);
    }

    // ---------------------------------------------------------------- cues in one sentence

    Found resolve(List<Token> toks, int a, int b) {
        while (b > a && (toks.get(b - 1).text().equals(",") || isQuoteMark(toks.get(b - 1)))) {
            b--;
        }
        while (a < b && (toks.get(a).text().equals(",") || isQuoteMark(toks.get(a)))) {
            a++;
        }
        // a time at the end is no part of the source: "employees on Thursday night", "officials last week"
        for (int k = b - 1; k > a + 1; k--) {
            String l = lower(toks.get(k));
            if ((l.equals("on") || l.equals("last") || l.equals("this") || l.equals("late") || l.equals("early"))
                    && k + 1 < b && isTimeWord(lower(toks.get(k + 1)))) {
                b = k;
                break;
            }
        }
        if (a >= b) {
            return null;
        }
        Span span = new Span(toks.get(a).start(), toks.get(b - 1).end());
        if (b - a == 1 && CueFinder.contractedSubject(lower(toks.get(a)))) {
            // "he’s": the pronoun without its auxiliary
            int q = Math.max(body.lastIndexOf('\'', span.end() - 1), body.lastIndexOf('’', span.end() - 1));
            span = new Span(span.start(), q);
        }
        String text = span.of(body);
        String l = text.toLowerCase(Locale.ROOT);
        int pos = span.start();
        int lastTok = b - 1;
        switch (l) {
            case "he", "she", "him", "her" -> {
                boolean female = l.equals("she") || l.equals("her");
                Source p = recentPerson(pos, female);
                if (p != null) {
                    genders.putIfAbsent(Names.personKey(p.name()), female);
                    return new Found(p.name(), p.role(), span, true, false, lastTok);
                }
                Source topic = salientPerson(pos, female);
                if (topic != null) {
                    return new Found(topic.name(), topic.role(), span, true, false, lastTok);
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
                NameSplit left = names.splitName(toks, a, k);
                NameSplit right = names.splitName(toks, k + 1, b);
                if (left != null && right != null && left.nameCaps() >= 1 && right.nameCaps() >= 1
                        && left.person() && right.person()) {
                    String n1 = fullName(left.name());
                    String n2 = fullName(right.name());
                    return new Found(n1 + " and " + n2, null, span, true, false, lastTok);
                }
                break;
            }
        }
        String first = lower(toks.get(a));
        boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
        for (int k = a + 1; k < b - 1; k++) {
            String w = lower(toks.get(k));
            String before = lower(toks.get(k - 1));
            // "the new owner of the club", "the mayor of the town hosting…": the role noun is the head
            boolean roleOf = definite && (w.equals("of") || w.equals("at")) && CueWords.PERSON_ROLES.contains(before);
            // "the internal memo to the employees": the document is the source, not its addressees
            boolean sentTo = w.equals("to") && CueWords.SPEAKING_HEADS.contains(before);
            // "the email sent to staff", "experts assisting the prosecutors": a reduced relative clause ends it
            boolean reduced = toks.get(k - 1).isWord() && !toks.get(k - 1).isCapitalized() && k - 1 > a
                    && !CueWords.NOUN_CONTEXT.contains(before) && (CueWords.SOURCE_PARTICIPLES.contains(w)
                    || w.endsWith("ing") && w.length() > 5 && !CueWords.QUANTITY_HEADS.contains(before));
            if (roleOf || sentTo || reduced) {
                return resolve(toks, a, k);
            }
        }
        if (definite && b - a == 2 && CueWords.MEDIUM_NOUNS.contains(lower(toks.get(a + 1)))) {
            // "the outlet reported": the last medium named as a source
            Source o = recentNamedOrg(pos);
            if (o != null) {
                return new Found(o.name(), o.role(), span, false, false, lastTok);
            }
        }
        if (definite && b - a >= 2
                && !toks.get(b - 1).isCapitalized()) {
            String head = lower(toks.get(b - 1));
            if (CueWords.PERSON_ROLES.contains(head)) {
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
        NameSplit ns = names.splitName(toks, a, b);
        if (ns != null) {
            String name = ns.name();
            String role = ns.role();
            boolean person = ns.person();
            if (ns.nameCaps() == 1 || person) {
                Person known = surnames.get(Names.surnameKey(name));
                if (known != null && (ns.nameCaps() == 1 || Names.personKey(known.name()).endsWith(
                        Names.personKey(name)))) {
                    name = known.name();
                    role = role != null ? role : known.role();
                    person = true;
                } else if (ns.nameCaps() == 1 && role != null && names.roleIsPersonal(role)) {
                    person = true;
                }
            }
            if (person && ns.nameCaps() >= 2) {
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

    String expandAcronym(String acronym) {
        for (int k = orgNames.size() - 1; k >= 0 && orgNames.size() - k < 100; k--) {
            String name = orgNames.get(k);
            StringBuilder initials = new StringBuilder();
            int firstCap = -1;
            String[] words = WHITESPACE.split(name);
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

    boolean isAnonymous(List<Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            String l = lower(toks.get(k));
            if (CueWords.ANON_HEADS.contains(l) && !toks.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    String fullName(String name) {
        Person known = surnames.get(Names.surnameKey(name));
        if (known != null && (name.indexOf(' ') < 0
                || Names.personKey(known.name()).endsWith(Names.personKey(name)))) {
            return known.name();
        }
        return name;
    }

    /**
     * The person the article has cited most often before {@code pos} (at least twice), when no person source is
     * near: the article's topic that a "he" or "she" after a long stretch without one stands for. A person whose
     * gender the article shows otherwise is skipped.
     */
    Source salientPerson(int pos, boolean female) {
        Map<String, Integer> counts = new HashMap<>();
        Source best = null;
        int bestCount = 1;
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= MAX_LOOK_BACK; k--) {
            Source s = sources.get(k);
            if (s.pos() >= pos || !s.person() || s.name().indexOf(" and ") >= 0) {
                continue;
            }
            String key = Names.personKey(s.name());
            Boolean known = genders.get(key);
            if (known != null && known != female) {
                continue;
            }
            int c = counts.merge(key, 1, Integer::sum);
            if (c > bestCount) {
                bestCount = c;
                best = s;
            }
        }
        return best;
    }

    /**
     * The most recent source before {@code pos} that {@code wanted} accepts, looking back at most
     * {@code lookBack} sources and no further than {@code paragraphs} paragraphs before the one of {@code pos}.
     */
    private Source recent(int pos, int paragraphs, int lookBack, Predicate<Source> wanted) {
        int para = paragraphOf(pos);
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= lookBack; k--) {
            Source s = sources.get(k);
            if (para - s.paragraph() > paragraphs) {
                break;
            }
            if (s.pos() < pos && wanted.test(s)) {
                return s;
            }
        }
        return null;
    }

    /** The most recent single person source within four paragraphs. */
    Source recentPerson(int pos) {
        return recent(pos, 4, MAX_LOOK_BACK, s -> s.person() && s.name().indexOf(" and ") < 0);
    }

    /**
     * The most recent person source a "he" ({@code female} false) or "she" may stand for: one whose gender, when
     * the article shows it (an honorific "Mr."/"Ms." before the name, or an earlier pronoun taken for that
     * person), agrees; else the most recent person source.
     */
    Source recentPerson(int pos, boolean female) {
        Source agreeing = recent(pos, 4, MAX_LOOK_BACK, s -> {
            if (!s.person() || s.name().indexOf(" and ") >= 0) {
                return false;
            }
            Boolean known = genders.get(Names.personKey(s.name()));
            return known == null || known == female;
        });
        return agreeing != null ? agreeing : recentPerson(pos);
    }

    /** The gender a role's words show ("Spokeswoman" true, "Congressman" false), or null. */
    static Boolean roleGender(String role) {
        for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (CueWords.FEMALE_ROLES.contains(w)) {
                return Boolean.TRUE;
            }
            if (CueWords.MALE_ROLES.contains(w)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** The gender an honorific before a name shows: true for "Mrs."/"Ms."/"Miss", false for "Mr.", else null. */
    static Boolean honorificGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "mr" -> Boolean.FALSE;
            case "mrs", "ms", "miss" -> Boolean.TRUE;
            default -> null;
        };
    }

    Person recentMention(int pos) {
        for (int k = personMentions.size() - 1; k >= 0 && personMentions.size() - k < 200; k--) {
            Person p = personMentions.get(k);
            if (p.pos() < pos) {
                return p;
            }
        }
        return null;
    }

    /** The most recent organisation source within four paragraphs. */
    Source recentOrg(int pos) {
        return recent(pos, 4, MAX_LOOK_BACK, s -> !s.person());
    }

    /** The most recent organisation source named with a capital ("the Daily Courier", "Radio North"). */
    Source recentNamedOrg(int pos) {
        return recent(pos, 4, MAX_LOOK_BACK, s -> {
            String n = s.name();
            String lastWord = n.substring(n.lastIndexOf(' ') + 1);
            return !s.person() && !s.anonymous() && !lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0));
        });
    }

    /** The most recent organisation or group of people ("X and Y") within three paragraphs. */
    Source recentGroup(int pos) {
        return recent(pos, 3, Integer.MAX_VALUE, s -> !s.person() || s.name().contains(" and "));
    }

    Person byRole(String head, List<String> mods, int pos) {
        java.util.Set<String> heads = CueWords.ROLE_SYNONYMS.getOrDefault(head, java.util.Set.of(head));
        Person fallback = null;
        for (int k = personMentions.size() - 1; k >= 0 && personMentions.size() - k < 200; k--) {
            Person p = personMentions.get(k);
            if (p.pos() >= pos || p.role() == null) {
                continue;
            }
            String[] roleWords = WHITESPACE.split(p.role().toLowerCase(Locale.ROOT));
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

    Source byHead(String head, int pos) {
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k < 100; k--) {
            Source s = sources.get(k);
            if (s.pos() >= pos || s.person()) {
                continue;
            }
            for (String w : WHITESPACE.split(s.name().toLowerCase(Locale.ROOT))) {
                if (w.equals(head)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static boolean isTimeWord(String l) {
        return CueWords.DAYS.contains(l) || CueWords.MONTHS.contains(l) || l.equals("night") || l.equals("morning")
                || l.equals("afternoon") || l.equals("evening") || l.equals("week") || l.equals("month")
                || l.equals("year") || l.equals("weekend");
    }
}

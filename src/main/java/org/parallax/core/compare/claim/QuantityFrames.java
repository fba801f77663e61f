package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.core.article.Span;
import org.parallax.core.text.ResourceLines;
import org.parallax.core.text.Token;

/**
 * The quantity frames ({@code quantities.txt} beside this class, format in its header): which kind of quantity a
 * figure states, read from the counted noun and the predicate around it ("killed 296 people", "1,037 dead", "the
 * death toll rose to 632" are all deaths). Immutable once loaded.
 */
final class QuantityFrames {

    /** The names of the marker lines: words that say something about the figure's statement, not its frame. */
    static final Set<String> MARKERS = Set.of("earlier", "generic");

    static final QuantityFrames DEFAULT = load("quantities.txt");

    /** The kind of thing a count frame counts unless its cue nouns say another. */
    static final String PEOPLE = "people";

    /** How far the clause is searched from the figure, in words. */
    static final int AHEAD = 6;
    static final int BEHIND = 20;

    /** Words that join the ends of a range inside a figure ("25% to 50%", "between 10 and 20"). */
    private static final Set<String> RANGE_LINKS = Set.of("to", "and", "-", "–", "or");

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”");

    /** Tokens that end a clause for the search. */
    private static final Set<String> STOPS = Set.of(",", ";", ".", ":", "&", "and", "but", "while", "whereas", "–",
            "—", "|", "?", "!", "\"", "“", "”", "or");

    /** One cue: its words in order, and the frame it says. */
    record Cue(String[] words, Frame frame, boolean weak, boolean aheadOnly) {
    }

    /** A frame: its name and the dimensions it applies to ({@code "*"} for any). */
    record Frame(String name, Set<String> dimensions) {
        boolean fits(String dimension) {
            String d = dimension == null ? "count" : dimension;
            return dimensions.contains("*") || dimensions.contains(d);
        }
    }

    /** Does the frame named {@code name} apply to any dimension ("*")? */
    boolean anyDimension(String name) {
        for (List<Cue> l : cuesByFirstWord.values()) {
            for (Cue c : l) {
                if (c.frame.name.equals(name)) {
                    return c.frame.dimensions.contains("*");
                }
            }
        }
        return false;
    }

    private final Map<String, List<Cue>> cuesByFirstWord;
    private final Set<String> scopeWords;
    /** "kind" lines: a counted noun's kind of thing ("villages" → places). */
    private final Map<String, String> kindOfNoun;
    /** The kind of thing a frame counts, from its cue nouns ("homes": buildings); absent means people. */
    private final Map<String, String> kindOfFrame;
    /** Marker lines ("earlier", "generic"): the name, then the phrases, each its words in order. */
    private final Map<String, List<String[]>> markers;

    private QuantityFrames(Map<String, List<Cue>> cuesByFirstWord, Set<String> scopeWords,
                           Map<String, List<String[]>> markers, Map<String, String> kindOfNoun) {
        this.cuesByFirstWord = cuesByFirstWord;
        this.scopeWords = scopeWords;
        this.markers = markers;
        this.kindOfNoun = kindOfNoun;
        Map<String, String> frames = new HashMap<>();
        for (List<Cue> l : cuesByFirstWord.values()) {
            for (Cue c : l) {
                String kind = c.words.length == 1 ? kindOfNoun.get(c.words[0]) : null;
                if (kind != null) {
                    frames.putIfAbsent(c.frame.name, kind);
                }
            }
        }
        this.kindOfFrame = Map.copyOf(frames);
    }


    static QuantityFrames load(String resource) {
        List<String> lines = ResourceLines.read(QuantityFrames.class, resource);
        return parse(lines);
    }

    static QuantityFrames parse(List<String> lines) {
        Map<String, List<Cue>> cues = new HashMap<>();
        Set<String> scope = new HashSet<>();
        Map<String, List<String[]>> markers = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.toLowerCase(Locale.ROOT).split("\\s*\\|\\s*");
            if (f.length != 3) {
                throw new IllegalArgumentException("a frame needs name | dimensions | cues: " + line);
            }
            String[] words = f[2].split("\\s*,\\s*");
            if (f[0].equals("scope")) {
                scope.addAll(List.of(words));
                continue;
            }
            if (f[0].equals("kind")) {
                for (String w : words) {
                    kinds.put(w.strip(), f[1]);
                }
                continue;
            }
            if (MARKERS.contains(f[0])) {
                for (String w : words) {
                    markers.computeIfAbsent(f[0], k -> new ArrayList<>()).add(w.strip().split("\\s+"));
                }
                continue;
            }
            Frame frame = new Frame(f[0], Set.of(f[1].split("\\s*,\\s*")));
            for (String w : words) {
                boolean weak = w.startsWith("~");
                String rest = weak ? w.substring(1) : w;
                boolean aheadOnly = rest.startsWith(">");
                String[] ws = (aheadOnly ? rest.substring(1) : rest).strip().split("\\s+");
                cues.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(new Cue(ws, frame, weak, aheadOnly));
            }
        }
        for (List<Cue> l : cues.values()) {
            l.sort((a, b) -> Integer.compare(b.words.length, a.words.length)); // longest phrase first
        }
        return new QuantityFrames(cues, Set.copyOf(scope), markers, Map.copyOf(kinds));
    }

    /** The words a token stands for: its normalised form, and its parts when hyphenated or glued to a number. */
    static List<String> words(Token t) {
        String w = ClaimText.norm(t.text());
        List<String> out = new ArrayList<>(3);
        out.add(w);
        if (w.indexOf('-') > 0 || w.indexOf('/') >= 0) {
            for (String p : w.split("[-/]")) {
                if (!p.isEmpty() && !p.equals(w)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The frame a cue starting at token {@code i} says, for a figure of {@code dimension}; else {@code null}. */
    private Frame cueAt(List<Token> toks, int i, String dimension, boolean weak, boolean ahead) {
        for (String w : words(toks.get(i))) {
            for (Cue c : cuesByFirstWord.getOrDefault(w, List.of())) {
                if (c.weak == weak && (ahead || !c.aheadOnly) && c.frame.fits(dimension)
                        && matches(toks, i, c.words)) {
                    return c.frame;
                }
            }
        }
        return null;
    }

    private static boolean matches(List<Token> toks, int i, String[] words) {
        if (words.length == 1) {
            return true;
        }
        int k = i + 1;
        for (int j = 1; j < words.length; j++, k++) {
            while (k < toks.size() && toks.get(k).kind() == Token.Kind.PUNCT && !words[j].startsWith("/")) {
                k++;
            }
            if (k >= toks.size() || !words(toks.get(k)).contains(words[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStop(Token t) {
        return STOPS.contains(ClaimText.norm(t.text()));
    }

    /**
     * The frame of the figure at {@code figure} among the clause tokens {@code toks} (the figure's sentence, all
     * tokens), or {@code null} when no cue says one. Tokens inside {@code others} (other figures) are skipped.
     */
    String frameOf(List<Token> toks, Span figure, String dimension, List<Span> others) {
        String strong = frameOf(toks, figure, dimension, others, false);
        return strong != null ? strong : frameOf(toks, figure, dimension, others, true);
    }

    private String frameOf(List<Token> toks, Span figure, String dimension, List<Span> others, boolean weak) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (figure.contains(toks.get(i).span())) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        for (int i = last; i >= first; i--) {
            if (first < last && RANGE_LINKS.contains(ClaimText.norm(toks.get(i).text()))) {
                continue; // the "to" of "25% to 50%" joins the range's ends; it is no cue
            }
            Frame f = cueAt(toks, i, dimension, weak, false);
            if (f != null) {
                return f.name;
            }
        }
        int ahead = last + 1;
        int behind = first - 1;
        // a figure quoted on its own ('suggested: "3,738 people" could be laid off') reads on past its marks
        if (ahead < toks.size() && QUOTE_MARKS.contains(toks.get(ahead).text())) {
            ahead++;
        }
        if (behind >= 0 && QUOTE_MARKS.contains(toks.get(behind).text())) {
            behind--;
        }
        boolean aheadOpen = true;
        boolean behindOpen = true;
        for (int d = 1; d <= Math.max(AHEAD, BEHIND) && (aheadOpen || behindOpen); d++) {
            if (behindOpen) {
                behind = nextWord(toks, behind, -1, others);
                if (behind < 0 || d > BEHIND) {
                    behindOpen = false;
                } else {
                    Frame f = cueAt(toks, behind, dimension, weak, false);
                    if (f != null) {
                        return f.name;
                    }
                    behind--;
                }
            }
            if (aheadOpen) {
                ahead = nextWord(toks, ahead, 1, others);
                if (ahead < 0 || d > AHEAD) {
                    aheadOpen = false;
                } else {
                    Frame f = cueAt(toks, ahead, dimension, weak, true);
                    if (f != null) {
                        return f.name;
                    }
                    ahead++;
                }
            }
        }
        return null;
    }

    /**
     * The frame a counted noun says on its own ("fish", "minnows", "casualties"), for a figure of {@code dimension};
     * {@code null} when the noun is no single-word cue, or only a weak one.
     */
    String frameOfNoun(String noun, String dimension) {
        if (noun == null || noun.isBlank()) {
            return null;
        }
        String w = noun.strip().toLowerCase(Locale.ROOT);
        for (Cue c : cuesByFirstWord.getOrDefault(w, List.of())) {
            if (!c.weak && c.words.length == 1 && c.frame.fits(dimension)) {
                return c.frame.name;
            }
        }
        return null;
    }

    /**
     * The kind of thing a figure of frame {@code frame} counts when its counted noun names another kind than the
     * frame's own ("dozens of villages" evacuated, where evacuations count people; "5,000 people" who lost their
     * homes, where homes counts buildings): that kind, which keeps the figure apart from the frame's own count;
     * else {@code null} (the frame's own kind, or a noun of no listed kind: "five", "16 victims").
     */
    String otherKind(String frame, String noun) {
        if (frame == null || noun == null) {
            return null;
        }
        String kind = kindOfNoun.get(noun.strip().toLowerCase(Locale.ROOT));
        return kind == null || kind.equals(kindOfFrame.getOrDefault(frame, PEOPLE)) ? null : kind;
    }

    /** The next word token from {@code i} in direction {@code step}, or -1 at a clause stop or the end. */
    private static int nextWord(List<Token> toks, int i, int step, List<Span> others) {
        for (int k = i; k >= 0 && k < toks.size(); k += step) {
            Token t = toks.get(k);
            if (isStop(t)) {
                return -1;
            }
            if (t.kind() == Token.Kind.PUNCT || inside(others, t.span())) {
                continue;
            }
            return k;
        }
        return -1;
    }

    private static boolean inside(List<Span> spans, Span s) {
        for (Span x : spans) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a phrase of the marker line {@code name} stand in the clause before the figure ("Initial estimates
     * indicated around 3,500", "The depth was initially reported at about 18km": an earlier value of the quantity)?
     * The search runs back from the figure to the clause's start.
     */
    boolean markedBefore(String name, List<Token> toks, Span figure) {
        List<String[]> phrases = markers.getOrDefault(name, List.of());
        int first = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (figure.contains(toks.get(i).span())) {
                first = i;
                break;
            }
        }
        for (int i = first - 1; i >= 0 && first - i <= BEHIND; i--) {
            if (isStop(toks.get(i))) {
                return false;
            }
            if (phraseAt(toks, i, phrases)) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation that sets off an aside: a marker beyond it says nothing about the figure. */
    private static final Set<String> ASIDE = Set.of(";", "–", "—", "(", ")", ":", "|");

    /**
     * Does a phrase of the marker line {@code name} stand in the figure's part of the sentence (commas do not end
     * it, dashes, brackets, colons and semicolons do: "– an area usually not associated with earthquakes –" says
     * nothing about the distance after it)?
     */
    boolean marked(String name, List<Token> toks, Span figure) {
        List<String[]> phrases = markers.getOrDefault(name, List.of());
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (figure.contains(toks.get(i).span())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        int lo = first;
        while (lo > 0 && !ASIDE.contains(toks.get(lo - 1).text())) {
            lo--;
        }
        int hi = last;
        while (hi + 1 < toks.size() && !ASIDE.contains(toks.get(hi + 1).text())) {
            hi++;
        }
        for (int i = lo; i <= hi; i++) {
            if (phraseAt(toks.subList(0, hi + 1), i, phrases)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phraseAt(List<Token> toks, int i, List<String[]> phrases) {
        for (String[] p : phrases) {
            if (words(toks.get(i)).contains(p[0]) && matches(toks, i, p)) {
                return true;
            }
        }
        return false;
    }

    /** Does a scope word ("another", "other") stand in the figure or right next to it? */
    boolean scoped(List<Token> toks, Span figure) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            boolean own = figure.contains(t.span());
            boolean before = i + 1 < toks.size() && t.end() <= figure.start() && toks.get(i + 1).start() >= figure.start();
            boolean after = t.start() >= figure.end() && i > 0 && toks.get(i - 1).end() <= figure.end();
            if ((own || before || after) && scopeWords.contains(ClaimText.norm(t.text()))) {
                return true;
            }
        }
        return false;
    }
}

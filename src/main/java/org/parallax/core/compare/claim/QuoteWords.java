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
 * The tokenize and normalize stages of quote matching: the words of a passage with house style folded away, from
 * the table {@code quote-words.txt} beside this class (its header states the format). "50%" and "50 per cent",
 * "$2M" and "$2 million", "haven't" and "have not", "recognise" and "recognize" give the same words; numbers lose
 * their thousands separators ("1,200" = "1200"). Immutable once loaded.
 */
final class QuoteWords {

    /** One folded word and where it stands in the body (a word of a folded phrase spans the whole phrase). */
    record Word(String text, Span span, boolean letters) {
    }

    static final QuoteWords DEFAULT = load("quote-words.txt");

    private static final int MIN_SUFFIX_WORD = 5;

    /** Forms (lower-case words joined by one space) to canonical words. */
    private final Map<String, List<String>> forms;
    private final int longestForm;
    /** First words of forms of two or more words. */
    private final Set<String> phraseStarts;
    private final List<String[]> contractions;
    private final List<String[]> suffixes;

    private QuoteWords(Map<String, List<String>> forms, List<String[]> contractions, List<String[]> suffixes) {
        this.forms = Map.copyOf(forms);
        int longest = 1;
        for (String f : forms.keySet()) {
            longest = Math.max(longest, f.split(" ").length);
        }
        this.longestForm = longest;
        Set<String> starts = new HashSet<>();
        for (String f : forms.keySet()) {
            int sp = f.indexOf(' ');
            if (sp > 0) {
                starts.add(f.substring(0, sp));
            }
        }
        this.phraseStarts = Set.copyOf(starts);
        this.contractions = List.copyOf(contractions);
        this.suffixes = List.copyOf(suffixes);
    }

    static QuoteWords load(String resource) {
        List<String> lines = ResourceLines.read(QuoteWords.class, resource);
        return parse(lines);
    }

    static QuoteWords parse(List<String> lines) {
        Map<String, List<String>> forms = new HashMap<>();
        List<String[]> contractions = new ArrayList<>();
        List<String[]> suffixes = new ArrayList<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip().toLowerCase(Locale.ROOT)
                    .replace('’', '\'');
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("contraction ") || line.startsWith("suffix ")) {
                String[] parts = line.substring(line.indexOf(' ') + 1).split("\\s*>\\s*");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalArgumentException("expected 'ENDING > WORD': " + raw);
                }
                (line.startsWith("suffix ") ? suffixes : contractions).add(new String[] {parts[0].strip(),
                    parts[1].strip()});
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected 'CANONICAL = FORM | FORM': " + raw);
            }
            List<String> canonical = List.of(line.substring(0, eq).strip().split("\\s+"));
            for (String form : line.substring(eq + 1).split("\\|")) {
                String f = String.join(" ", form.strip().split("\\s+"));
                if (f.isEmpty()) {
                    throw new IllegalArgumentException("empty form: " + raw);
                }
                if (forms.put(f, canonical) != null) {
                    throw new IllegalArgumentException("form listed twice: " + f);
                }
            }
        }
        return new QuoteWords(forms, contractions, suffixes);
    }

    /** The folded words of {@code body} inside {@code range}: letters and numbers, symbols only where listed. */
    List<Word> words(String body, Span range) {
        List<Token> raw = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (Token t : ClaimText.allTokens(body, range)) {
            String w = switch (t.kind()) {
                case WORD -> ClaimText.norm(t.text());
                case NUMBER -> t.text().replace(",", "");
                case PUNCT -> forms.containsKey(t.text()) ? t.text() : null;
            };
            if (w != null) {
                raw.add(t);
                text.add(w);
            }
        }
        List<Word> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            int matched = 0;
            int longest = phraseStarts.contains(text.get(i)) ? Math.min(longestForm, raw.size() - i) : 1;
            for (int n = longest; n >= 1 && matched == 0; n--) {
                List<String> canonical = forms.get(n == 1 ? text.get(i) : String.join(" ", text.subList(i, i + n)));
                if (canonical != null) {
                    Span span = new Span(raw.get(i).start(), raw.get(i + n - 1).end());
                    for (String c : canonical) {
                        add(out, c, span);
                    }
                    matched = n;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            Token t = raw.get(i);
            String w = text.get(i);
            String[] split = t.kind() == Token.Kind.WORD ? contraction(w) : null;
            if (split != null) {
                add(out, split[0], t.span());
                add(out, split[1], t.span());
            } else {
                add(out, w, t.span());
            }
            i++;
        }
        return out;
    }

    private void add(List<Word> out, String w, Span span) {
        String folded = spelling(w);
        out.add(new Word(folded, span, !folded.isEmpty() && Character.isLetter(folded.codePointAt(0))));
    }

    /** "haven't" → {"have", "not"}, or {@code null}. */
    private String[] contraction(String w) {
        for (String[] c : contractions) {
            if (w.length() > c[0].length() && w.endsWith(c[0])) {
                return new String[] {w.substring(0, w.length() - c[0].length()), c[1]};
            }
        }
        return null;
    }

    /** A British spelling folded to the American one ("colour" → "color"). */
    private String spelling(String w) {
        if (w.length() < MIN_SUFFIX_WORD) {
            return w;
        }
        String best = null;
        for (String[] s : suffixes) {
            if (w.endsWith(s[0]) && (best == null || s[0].length() > best.length())) {
                best = s[0];
            }
        }
        if (best == null) {
            return w;
        }
        for (String[] s : suffixes) {
            if (s[0].equals(best)) {
                return w.substring(0, w.length() - best.length()) + s[1];
            }
        }
        return w;
    }
}

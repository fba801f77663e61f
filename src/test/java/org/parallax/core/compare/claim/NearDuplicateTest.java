package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Part;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.align.Reuse;
import org.parallax.core.compare.align.ReuseKind;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.Figure;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.deveval.DevEval;

/**
 * The near-duplicate property (issue 12): for any article of the seeds and of dev-eval, a copy with one figure's
 * number changed and nothing else, compared with the original, gives one group holding both mentions, marked
 * DIFFER (or CONSISTENT when the figure is a hedged bound, "at least 55" / "at least 60"), among the first three
 * groups, and the reuse section does not call the changed passage verbatim. Up to three figures per article are
 * changed (the first, the middle and the last with a digit), one at a time; every failure is listed.
 */
class NearDuplicateTest {

    private final Extractor extractor = new Extractor();
    private final Comparer comparer = Comparer.create();

    @Test
    void aChangedNumberIsTheDifferenceThatShows() throws Exception {
        List<Article> originals = new ArrayList<>(ClaimSeeds.articles());
        ArticleLoader loader = new ArticleLoader();
        for (DevEval.Story s : DevEval.stories()) {
            for (DevEval.Article a : s.articles()) {
                originals.add(loader.load(a.file()));
            }
        }
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Article original : originals) {
            Extraction ex = extractor.extract(original.body());
            List<Figure> withDigits = ex.figures().stream().filter(f -> digit(f.text()) >= 0).toList();
            if (withDigits.isEmpty()) {
                continue;
            }
            for (Figure f : pick(withDigits)) {
                tried++;
                String problem = check(original, ex, f);
                if (problem != null) {
                    failures.add(name(original) + " [" + f.text() + "]: " + problem);
                }
            }
        }
        System.out.println("near-duplicate property: " + (tried - failures.size()) + "/" + tried + " hold");
        failures.forEach(System.out::println);
        assertThat(tried).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    private String check(Article original, Extraction ex, Figure f) throws Exception {
        int at = f.start() + digit(f.text());
        char d = original.body().charAt(at);
        char changed = d == '9' ? '8' : (char) (d + 1);
        String body = original.body().substring(0, at) + changed + original.body().substring(at + 1);
        Article copy = Article.of(original.metadata(), body, original.furniture(), original.source(),
                original.format());
        Extraction copyEx = extractor.extract(body);
        Comparison c = comparer.compare(List.of(original, copy), List.of(ex, copyEx), Progress.NONE,
                Cancellation.NEVER);
        List<FigureGroup> groups = c.claims().figureGroups();
        int index = -1;
        for (int g = 0; g < groups.size() && index < 0; g++) {
            boolean inOriginal = false;
            boolean inCopy = false;
            for (FigureMention m : groups.get(g).mentions()) {
                if (m.part() != Part.BODY) {
                    continue; // the headlines are the same; the number changed in the body
                }
                inOriginal |= m.article() == 0 && m.figure().span().equals(f.span());
                inCopy |= m.article() == 1 && m.figure().start() <= at && at < m.figure().end();
            }
            if (inOriginal && inCopy) {
                index = g;
            }
        }
        if (index < 0) {
            return "the two mentions are not in one group";
        }
        Verdict v = groups.get(index).verdict();
        boolean hedged = f.qualifier() != null || f.isRange() || f.isVague();
        if (v != Verdict.DIFFER && !(hedged && v == Verdict.CONSISTENT)) {
            return "verdict " + v;
        }
        if (index >= 3) {
            return "group " + (index + 1) + " of " + groups.size();
        }
        for (Reuse r : c.alignment().reuse()) {
            if (r.kind() == ReuseKind.VERBATIM && r.a().span().contains(f.span())) {
                return "the passage is called verbatim";
            }
        }
        return null;
    }

    /** The first, middle and last figure. */
    private static List<Figure> pick(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (int i : new int[] {0, figures.size() / 2, figures.size() - 1}) {
            if (!out.contains(figures.get(i))) {
                out.add(figures.get(i));
            }
        }
        return out;
    }

    /** Index of the first non-zero digit of the last number of {@code text} (a range's upper end), or -1. */
    private static int digit(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,.]*").matcher(text);
        int found = -1;
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (Character.isDigit(text.charAt(i)) && text.charAt(i) != '0') {
                    found = i;
                    break;
                }
            }
        }
        return found;
    }

    private static String name(Article a) {
        String s = a.source() == null ? a.id() : Path.of(a.source()).getFileName().toString();
        return s;
    }
}

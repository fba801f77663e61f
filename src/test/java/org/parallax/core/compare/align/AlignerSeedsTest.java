package org.parallax.core.compare.align;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.SeedBodies;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison on the five seed articles (bodies cut by the gold boundaries). Assertions are general
 * rules (a wire story pasted twice, outlets that share no copy), not sentences of the seeds.
 */
class AlignerSeedsTest {

    private static List<ComparedText> seeds;

    @BeforeAll
    static void load() {
        seeds = SeedBodies.load();
    }

    private static int index(String idPrefix) {
        for (int i = 0; i < seeds.size(); i++) {
            if (seeds.get(i).id().startsWith(idPrefix)) {
                return i;
            }
        }
        throw new IllegalStateException(idPrefix);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        Set<String> shared = new HashSet<>(wa);
        shared.retainAll(wb);
        return shared.size() / (double) Math.max(1, Math.min(wa.size(), wb.size()));
    }

    @Test
    void aWireStoryPastedTwiceIsFoundAsRepeatedRuns() throws CancelledException {
        int afp = index("003");
        String body = seeds.get(afp).body();
        Alignment al = Aligner.create().align(List.of(seeds.get(afp)), Progress.NONE, Cancellation.NEVER);
        List<Reuse> repeated = al.reuse().stream().filter(r -> r.kind() == ReuseKind.REPEATED).toList();
        assertThat(repeated).hasSizeGreaterThanOrEqualTo(4);
        for (Reuse r : repeated) {
            assertThat(r.a().article()).isZero();
            assertThat(r.b().article()).isZero();
            assertThat(r.a().span().end()).isLessThanOrEqualTo(r.b().span().start());
            assertThat(overlap(r.a().text(body), r.b().text(body))).as(r.toString()).isGreaterThan(0.6);
            assertThat(r.score()).isBetween(0.6, 1.0);
        }
        // the quote paragraphs repeated one after another come back as one run of several sentences
        assertThat(repeated).anySatisfy(r -> assertThat(al.rows().stream()
                .filter(row -> row.cell(0).map(p -> r.a().span().contains(p.span())).orElse(false)).count())
                .isGreaterThanOrEqualTo(3));
        // all the same with all seeds compared at once
        Alignment all = Aligner.create().align(seeds, Progress.NONE, Cancellation.NEVER);
        assertThat(all.reuse().stream().filter(r -> r.kind() == ReuseKind.REPEATED)
                .map(r -> List.of(r.a().article(), r.a().span(), r.b().span())).toList())
                .containsExactlyElementsOf(repeated.stream().map(r -> List.of(afp, r.a().span(), r.b().span())).toList());
    }

    @Test
    void outletsWithoutSharedCopyStillAlignOnTheSameFacts() throws CancelledException {
        int upi = index("000");
        int afp = index("003");
        List<ComparedText> pair = List.of(seeds.get(upi), seeds.get(afp));
        Alignment al = Aligner.create().align(pair, Progress.NONE, Cancellation.NEVER);
        assertThat(al.reuse()).noneMatch(r -> r.kind() == ReuseKind.VERBATIM);
        List<AlignedRow> shared = al.rows().stream().filter(r -> r.size() == 2).toList();
        assertThat(shared).hasSizeGreaterThanOrEqualTo(4);
        for (AlignedRow r : shared) {
            String a = r.cell(0).orElseThrow().text(pair.get(0).body());
            String b = r.cell(1).orElseThrow().text(pair.get(1).body());
            assertThat(overlap(a, b)).as("%s || %s", a, b).isGreaterThan(0.0);
            assertThat(r.similarity()).isGreaterThanOrEqualTo(0.2);
        }
        assertThat(al.diffs()).hasSize(shared.size()).noneMatch(d -> d.kind() == DiffKind.IDENTICAL);
    }

    @Test
    void allSeedsAlignWithEveryPassageInExactlyOneRow() throws CancelledException {
        Aligner comparer = Aligner.create();
        Alignment al = comparer.align(seeds, Progress.NONE, Cancellation.NEVER);
        AlignerProperties.checkInvariants(comparer, seeds, al);
        assertThat(al.rows()).anyMatch(r -> r.size() >= 3);
        // the forced Lucene candidate search gives the same rows here: the top hits cover the good pairs
        Alignment viaLucene = Aligner.builder().luceneThreshold(0).build().align(seeds, Progress.NONE,
                Cancellation.NEVER);
        AlignerProperties.checkInvariants(comparer, seeds, viaLucene);
        assertThat(viaLucene.rows().size()).isBetween(al.rows().size() - 5, al.rows().size() + 5);
    }

    /** Word swaps an article spinner makes; some are in the synonym table, some are not. */
    private static final String[][] SPIN = {
        {" said ", " stated "}, {" troops", " troopers"}, {" military", " navy"}, {" war ", " conflict "},
        {" sent ", " despatched "}, {" help ", " assist "}, {"front line", "entrance line"},
        {"White House", "White Home"}, {" told ", " advised "}, {" more ", " extra "}, {" last ", " final "},
        {" top ", " prime "}, {" close ", " shut "}, {" soldiers", " troopers"}, {" weapons", " arms"},
        {" says ", " states "}, {" meeting", " assembly"}, {" security", " safety"}, {" office", " workplace"},
        {" expected ", " anticipated "}, {" about ", " just about "}, {" also ", " additionally "}};

    @Test
    void aSpunCopyOfARealArticleAlignsSentenceBySentenceAndIsAParaphrase() throws CancelledException {
        for (ComparedText original : seeds) {
            String spun = original.body();
            for (String[] swap : SPIN) {
                spun = spun.replace(swap[0], swap[1]);
            }
            List<ComparedText> pair = List.of(original, new ComparedText("spun", spun));
            Aligner comparer = Aligner.create();
            Alignment al = comparer.align(pair, Progress.NONE, Cancellation.NEVER);
            int passages = comparer.passages(original.body()).size();
            long paired = al.rows().stream().filter(r -> r.size() == 2).count();
            assertThat(paired).as(original.id()).isGreaterThanOrEqualTo(Math.round(passages * 0.9));
            for (AlignedRow r : al.rows()) {
                if (r.size() == 2) {
                    // a row pairs a sentence with its own spun copy: same start after the spinner's edits
                    String a = r.cell(0).orElseThrow().text(original.body());
                    String b = r.cell(1).orElseThrow().text(spun);
                    assertThat(overlap(a, b)).as("%s || %s", a, b).isGreaterThan(0.5);
                }
            }
            int spunChars = al.reuse().stream().filter(x -> x.kind() == ReuseKind.PARAPHRASE)
                    .mapToInt(x -> x.b().span().length()).sum();
            assertThat(al.reuse()).as(original.id()).anyMatch(x -> x.kind() == ReuseKind.PARAPHRASE);
            assertThat(spunChars).as(original.id()).isPositive();
        }
    }

    @Test
    void theSpunArticleAlignsWhereOthersReportTheSameFacts() throws CancelledException {
        int spun = index("004");
        Alignment al = Aligner.create().align(seeds, Progress.NONE, Cancellation.NEVER);
        List<AlignedRow> withSpun = al.rows().stream()
                .filter(r -> r.cell(spun).isPresent() && r.size() >= 2).toList();
        assertThat(withSpun).hasSizeGreaterThanOrEqualTo(3);
    }
}

package org.parallax.core.compare.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour of the comparison on small constructed articles. */
class AlignerTest {

    private static final List<String> PARAGRAPHS = List.of(
            "The city council approved a budget of 4.2 million dollars for new bicycle lanes on Tuesday.",
            "Mayor Linda Brooks said the lanes would connect the harbour district with the university campus.",
            "Construction is expected to start in March and last about eighteen months.",
            "Local shop owners warned that parking spaces along Elm Street would disappear.",
            "A survey by the transport department found that 62 percent of residents support the plan.",
            "Opposition councillor Mark Dyer called the project a waste of public money.",
            "The regional government will cover half of the cost through a climate fund.",
            "Cyclists' groups welcomed the decision and promised to monitor the works closely.");

    private final Aligner comparer = Aligner.create();

    private Alignment align(String... bodies) throws CancelledException {
        List<ComparedText> texts = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            texts.add(new ComparedText("t" + i, bodies[i]));
        }
        return comparer.align(texts, Progress.NONE, Cancellation.NEVER);
    }

    /** The row holding the passage of {@code article} that contains {@code offset}. */
    private static AlignedRow rowAt(Alignment al, int article, int offset) {
        return al.rows().stream()
                .filter(r -> r.cell(article).map(p -> p.span().start() <= offset && offset < p.span().end()).orElse(false))
                .findFirst().orElseThrow();
    }

    @Test
    void shuffledParagraphsLineUpAsMovedPassages() throws CancelledException {
        for (long seed = 1; seed <= 5; seed++) {
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
            Collections.shuffle(order, new Random(seed));
            String a = String.join("\n\n", PARAGRAPHS);
            StringBuilder b = new StringBuilder();
            for (int i : order) {
                // reworded a little, as another outlet would
                b.append(PARAGRAPHS.get(i).replace(" said ", " stated ").replace("approved", "backed")
                        .replace("warned", "cautioned")).append("\n\n");
            }
            String bb = b.toString();
            Alignment al = align(a, bb);
            for (int i = 0; i < PARAGRAPHS.size(); i++) {
                int inA = a.indexOf(PARAGRAPHS.get(i));
                String p = PARAGRAPHS.get(i);
                int inB = bb.indexOf(p.substring(p.length() - 25));
                AlignedRow row = rowAt(al, 0, inA);
                assertThat(row.cell(1)).as("seed %d paragraph %d", seed, i).isPresent();
                Span cell = row.cell(1).get().span();
                assertThat(cell.start() <= inB && inB < cell.end()).as("seed %d paragraph %d", seed, i).isTrue();
            }
            assertThat(al.rows()).as("seed %d", seed).hasSize(PARAGRAPHS.size());
        }
    }

    @Test
    void manyArticlesWithShuffledSubsetsGatherEachParagraphInOneRowWithEitherCandidateSearch()
            throws CancelledException {
        Random rnd = new Random(7);
        List<ComparedText> texts = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            List<String> paras = new ArrayList<>(PARAGRAPHS);
            Collections.shuffle(paras, rnd);
            paras = new ArrayList<>(paras.subList(0, 4 + rnd.nextInt(4)));
            paras.add(rnd.nextInt(paras.size()), "Outlet number " + i + " adds a line of its own about item " + (i * 37) + ".");
            texts.add(new ComparedText("t" + i, String.join("\n", paras)));
        }
        for (Aligner c : List.of(Aligner.create(), Aligner.builder().luceneThreshold(0).build())) {
            Alignment al = c.align(texts, Progress.NONE, Cancellation.NEVER);
            AlignerProperties.checkInvariants(c, texts, al);
            for (String p : PARAGRAPHS) {
                long rowsWithIt = al.rows().stream().filter(r -> r.passages().stream()
                        .anyMatch(x -> x.text(texts.get(x.article()).body()).equals(p))).count();
                assertThat(rowsWithIt).as(p).isEqualTo(1);
            }
            assertThat(al.rows().size()).isGreaterThan(PARAGRAPHS.size());
            assertThat(al.reuse()).allMatch(r -> r.kind() == ReuseKind.VERBATIM);
        }
    }

    @Test
    void unmatchedPassagesKeepTheirReadingOrder() throws CancelledException {
        String a = String.join(" ", PARAGRAPHS.subList(0, 4));
        String extra = "Police closed the road for two hours after a lorry lost its load of apples.";
        String b = PARAGRAPHS.get(0) + " " + extra + " " + String.join(" ", PARAGRAPHS.subList(1, 4));
        Alignment al = align(a, b);
        List<AlignedRow> rows = al.rows();
        int extraRow = rows.indexOf(rowAt(al, 1, b.indexOf(extra)));
        assertThat(rows.get(extraRow).size()).isEqualTo(1);
        assertThat(extraRow).isEqualTo(rows.indexOf(rowAt(al, 0, 0)) + 1);
    }

    @Test
    void changedFigureIsFigureChangedWithTheNumbersSpans() throws CancelledException {
        String a = "Fighting continued overnight. Officials said 11,000 troops had arrived near the border on Monday.";
        String b = "Officials said 12,000 troops had arrived near the border on Monday. Talks are planned.";
        Alignment al = align(a, b);
        PassageDiff d = diffContaining(al, a.indexOf("Officials"));
        assertThat(d.kind()).isEqualTo(DiffKind.FIGURE_CHANGED);
        assertThat(d.changes()).hasSize(1);
        WordChange c = d.changes().get(0);
        assertThat(c.type()).isEqualTo(ChangeType.CHANGE);
        assertThat(c.kind()).isEqualTo(DiffKind.FIGURE_CHANGED);
        assertThat(c.inA().of(a)).isEqualTo("11,000");
        assertThat(c.inB().of(b)).isEqualTo("12,000");
    }

    @Test
    void aNumberThatOnlyMovedIsNoChangedFigure() throws CancelledException {
        String a = "On Monday 500 soldiers crossed the river near the old bridge, officials said.";
        String b = "Officials said 500 soldiers crossed the river near the old bridge on Monday.";
        PassageDiff d = align(a, b).diffs().get(0);
        assertThat(d.changes()).isNotEmpty().noneMatch(c -> c.kind() == DiffKind.FIGURE_CHANGED);
    }

    @Test
    void spellingVariantsOfANameAreTheSameName() throws CancelledException {
        String a = "President Volodymyr Zelensky warned that the front would not hold without more air defence.";
        String b = "President Volodymyr Zelenskyy warned that the front would not hold without more air defence.";
        PassageDiff d = align(a, b).diffs().get(0);
        assertThat(d.kind()).isEqualTo(DiffKind.REWORDED);
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.inA().of(a)).isEqualTo("Zelensky");
            assertThat(c.inB().of(b)).isEqualTo("Zelenskyy");
        });
    }

    @Test
    void changeInsideQuotationMarksIsQuoteChanged() throws CancelledException {
        String a = "“We will never give up our land,” the minister said on Friday.";
        String b = "“We will never surrender our land,” the minister said on Friday.";
        PassageDiff d = align(a, b).diffs().get(0);
        assertThat(d.kind()).isEqualTo(DiffKind.QUOTE_CHANGED);
        assertThat(d.changes()).extracting(WordChange::kind).containsOnly(DiffKind.QUOTE_CHANGED);
        assertThat(d.changes().get(0).inA().of(a)).isEqualTo("give up");
        assertThat(d.changes().get(0).inB().of(b)).isEqualTo("surrender");
    }

    @Test
    void changedSpeakerNearACueIsAttributionChanged() throws CancelledException {
        String a = "The army will withdraw from the valley next week, Defence Minister John Carter said.";
        String b = "The army will withdraw from the valley next week, Prime Minister Anna Lind said.";
        PassageDiff d = align(a, b).diffs().get(0);
        assertThat(d.kind()).isEqualTo(DiffKind.ATTRIBUTION_CHANGED);
    }

    @Test
    void synonymSwapIsRewordedAndInsertionHasAnEmptySpanInA() throws CancelledException {
        String a = "The minister said the talks would resume in Geneva.";
        String b = "The minister stated the talks would resume in Geneva next week.";
        PassageDiff d = align(a, b).diffs().get(0);
        assertThat(d.kind()).isEqualTo(DiffKind.REWORDED);
        WordChange swap = d.changes().get(0);
        assertThat(swap.inA().of(a)).isEqualTo("said");
        assertThat(swap.inB().of(b)).isEqualTo("stated");
        WordChange insert = d.changes().stream().filter(c -> c.type() == ChangeType.INSERT).findFirst().orElseThrow();
        assertThat(insert.inA().length()).isZero();
        assertThat(insert.inB().of(b)).isEqualTo("next week");
    }

    @Test
    void identicalPassagesAreIdenticalAndVerbatim() throws CancelledException {
        String wire = "The central bank raised its main interest rate by half a point to 4.5 percent on Thursday.";
        String a = "Markets fell sharply in early trading. " + wire;
        String b = wire + " Analysts had expected a smaller move.";
        Alignment al = align(a, b);
        PassageDiff d = diffContaining(al, a.indexOf(wire));
        assertThat(d.kind()).isEqualTo(DiffKind.IDENTICAL);
        assertThat(d.changes()).isEmpty();
        assertThat(al.reuse()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReuseKind.VERBATIM);
            assertThat(r.a().text(a)).isEqualTo(wire);
            assertThat(r.b().text(b)).isEqualTo(wire);
            assertThat(r.score()).isEqualTo(1.0);
        });
    }

    @Test
    void consecutiveVerbatimPassagesMergeIntoOneRun() throws CancelledException {
        String run = String.join(" ", PARAGRAPHS.subList(2, 5));
        String a = "An unrelated opening about the harbour festival and its fireworks. " + run;
        String b = run + " A closing line about tomorrow's football match at the stadium.";
        List<Reuse> verbatim = align(a, b).reuse().stream().filter(r -> r.kind() == ReuseKind.VERBATIM).toList();
        assertThat(verbatim).singleElement().satisfies(r -> {
            assertThat(r.a().text(a)).isEqualTo(run);
            assertThat(r.b().text(b)).isEqualTo(run);
        });
    }

    @Test
    void spunCopyIsAParaphraseAndAligns() throws CancelledException {
        String original = String.join(" ",
                "The White House said on Tuesday that North Korea had sent about 10,000 troops to help Russia.",
                "Officials warned the soldiers could soon move to the front line in the Kursk region.",
                "A senior military adviser said the deployment marked a dangerous escalation of the war.");
        String spun = original.replace("White House", "White Home").replace(" said ", " stated ")
                .replace("troops", "troopers").replace("front line", "entrance line").replace("sent", "despatched")
                .replace("help", "assist").replace("military", "navy").replace("war", "conflict")
                .replace("soldiers", "troopers").replace("senior", "prime").replace("warned", "cautioned");
        Alignment al = align(original, spun);
        assertThat(al.rows()).hasSize(3).allSatisfy(r -> assertThat(r.size()).isEqualTo(2));
        List<Reuse> para = al.reuse().stream().filter(r -> r.kind() == ReuseKind.PARAPHRASE).toList();
        assertThat(para).singleElement().satisfies(r -> {
            assertThat(r.a().text(original)).isEqualTo(original);
            assertThat(r.b().text(spun)).isEqualTo(spun);
            assertThat(r.score()).isGreaterThan(0.9);
        });
        assertThat(al.reuse()).noneMatch(r -> r.kind() == ReuseKind.VERBATIM);
    }

    @Test
    void withoutSynonymsTheSpunCopyIsNotAParaphrase() throws CancelledException {
        String a = "Officials said the troops had reached the front line near the city of Kursk on Monday night.";
        String b = "Officers stated the troopers had reached the entrance line close to the town of Kursk on Monday evening.";
        Alignment with = align(a, b);
        Alignment without = Aligner.builder().synonyms(false).build()
                .align(List.of(new ComparedText("a", a), new ComparedText("b", b)), Progress.NONE, Cancellation.NEVER);
        assertThat(with.reuse()).extracting(Reuse::kind).contains(ReuseKind.PARAPHRASE);
        assertThat(without.reuse()).extracting(Reuse::kind).doesNotContain(ReuseKind.PARAPHRASE);
    }

    @Test
    void repeatedPassageInsideOneArticleIsRepeated() throws CancelledException {
        String repeated = "Rescue teams pulled 14 people from the collapsed building overnight, the fire service said.";
        String a = repeated + " Engineers are checking nearby houses. Schools in the district stay closed. " + repeated;
        Alignment al = align(a, "Schools in the district stay closed.");
        assertThat(al.reuse()).filteredOn(r -> r.kind() == ReuseKind.REPEATED).singleElement().satisfies(r -> {
            assertThat(r.a().article()).isZero();
            assertThat(r.b().article()).isZero();
            assertThat(r.a().span()).isEqualTo(new Span(0, repeated.length()));
            assertThat(r.b().text(a)).isEqualTo(repeated);
        });
    }

    @Test
    void progressIsReportedAndCancellationStops() throws CancelledException {
        List<ComparedText> texts = List.of(new ComparedText("a", String.join(" ", PARAGRAPHS)),
                new ComparedText("b", String.join(" ", PARAGRAPHS.subList(3, 8))));
        List<Long> done = new ArrayList<>();
        comparer.align(texts, (d, total, msg) -> done.add(d), Cancellation.NEVER);
        assertThat(done).isNotEmpty().isSorted().last().isEqualTo(4L);
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> comparer.align(texts, Progress.NONE, () -> asked.incrementAndGet() > 2))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void oneComparerServesConcurrentCallsWithEqualResults() throws CancelledException {
        List<ComparedText> texts = List.of(new ComparedText("a", String.join(" ", PARAGRAPHS)),
                new ComparedText("b", String.join("\n", PARAGRAPHS.subList(2, 8)).replace("said", "stated")),
                new ComparedText("c", String.join(" ", PARAGRAPHS.subList(0, 5)).replace("62", "64")));
        Alignment expected = comparer.align(texts, Progress.NONE, Cancellation.NEVER);
        List<Alignment> results = java.util.stream.IntStream.range(0, 16).parallel().mapToObj(i -> {
            try {
                return comparer.align(texts, Progress.NONE, Cancellation.NEVER);
            } catch (CancelledException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> comparer.align(List.of(), Progress.NONE, Cancellation.NEVER))
                .isInstanceOf(IllegalArgumentException.class);
        Aligner two = Aligner.builder().maxArticles(2).build();
        List<ComparedText> three = List.of(new ComparedText("a", "x"), new ComparedText("b", "y"),
                new ComparedText("c", "z"));
        assertThatThrownBy(() -> two.align(three, Progress.NONE, Cancellation.NEVER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aligner.builder().minSimilarity(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomSplitterIsUsed() throws CancelledException {
        String body = "One part; two part; three part";
        Aligner bySemicolon = Aligner.builder().passageSplitter(s -> {
            List<Span> spans = new ArrayList<>();
            int from = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == ';') {
                    spans.add(new Span(from, i));
                    from = i + 1;
                }
            }
            return spans;
        }).build();
        Alignment al = bySemicolon.align(List.of(new ComparedText("a", body)), Progress.NONE, Cancellation.NEVER);
        assertThat(al.rows()).hasSize(3);
        assertThat(al.rows().get(2).cell(0).map(p -> p.text(body))).isEqualTo(Optional.of(" three part"));
    }

    private static PassageDiff diffContaining(Alignment al, int offsetInA) {
        return al.diffs().stream()
                .filter(d -> d.a().span().start() <= offsetInA && offsetInA < d.a().span().end())
                .findFirst().orElseThrow();
    }
}

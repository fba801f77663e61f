package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.AttributionDifference;
import org.parallax.core.compare.claim.AttributionMention;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Figure;

/** The adapter over the real engine on the five seeds: no display needed. */
class SideBySideAdapterTest {

    private static Comparison comparison;
    private static SideBySideModel model;

    @BeforeAll
    static void compare() {
        comparison = SeedComparisons.allFive();
        model = new SideBySideAdapter(SeedComparisons.messages()).toModel(comparison);
        System.err.println("five seeds: " + SeedComparisons.counts(model) + ", aligned rows " + model.rows().size()
                + " of " + comparison.alignment().rows().size() + ", display rows " + model.displayRows().size()
                + ", differences " + model.differences().size());
    }

    @Test
    void oneColumnPerArticleInArticleOrderWithItsMetadata() {
        assertThat(model.columns()).hasSize(comparison.articles().size()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            var meta = comparison.articles().get(i).metadata();
            ColumnHeader h = model.columns().get(i).header();
            // the outlet as stored, or the one missing-outlet label naming the article's place
            assertThat(h.outlet()).isEqualTo(meta.outlet() != null ? meta.outlet() : "Outlet not stated (article " + (i + 1) + ")");
            assertThat(h.date()).isEqualTo(meta.published());
            assertThat(model.columns().get(i).body()).isEqualTo(comparison.articles().get(i).body());
        }
        assertThat(model.columns()).filteredOn(c -> c.header().outlet().startsWith("Outlet not stated (article ")).isNotEmpty();
    }

    @Test
    void everyFigureMentionIsHighlightedWithItsGroupsVerdictAndEveryVersion() {
        List<FigureGroup> groups = comparison.claims().figureGroups();
        assertThat(groups).as("figure groups on the five seeds").isNotEmpty();
        for (int g = 0; g < groups.size(); g++) {
            FigureGroup group = groups.get(g);
            for (FigureMention m : group.mentions()) {
                if (m.part() != Part.BODY) {
                    continue; // a headline mention's offsets index the headline, not the column's body
                }
                int gi = g;
                assertThat(model.columns().get(m.article()).highlights()).as("%s", m.figure().text()).anySatisfy(h -> {
                    assertThat(h.span()).isEqualTo(m.figure().span());
                    assertThat(h.kind()).isEqualTo(HighlightKind.FIGURE);
                    assertThat(h.verdict()).isEqualTo(group.verdict());
                    assertThat(h.claim()).isEqualTo(ClaimRef.figureGroup(gi));
                    assertThat(h.versions()).hasSize(group.mentions().size());
                    assertThat(h.reasons()).isEqualTo(group.reasons());
                });
            }
        }
        // and every extracted figure shows, grouped or not
        for (int a = 0; a < 5; a++) {
            Set<Span> spans = new HashSet<>();
            model.columns().get(a).highlights().stream().filter(h -> h.kind() == HighlightKind.FIGURE)
                    .forEach(h -> spans.add(h.span()));
            for (Figure f : comparison.extractions().get(a).figures()) {
                assertThat(spans).contains(f.span());
            }
        }
    }

    @Test
    void theWidestDisagreementSpansAtLeastThreeOutletsAndItsVersionsNameTheirSources() {
        FigureGroup widest = widestDiffer(comparison);
        assertThat(widest.mentions().stream().map(FigureMention::article).distinct().count()).isGreaterThanOrEqualTo(3);
        FigureMention first = widest.mentions().stream().filter(m -> m.part() == Part.BODY).findFirst().orElseThrow();
        Highlight h = model.columns().get(first.article()).highlights().stream()
                .filter(x -> x.span().equals(first.figure().span())).findFirst().orElseThrow();
        assertThat(h.verdict()).isEqualTo(Verdict.DIFFER);
        assertThat(h.isDifference()).isTrue();
        assertThat(h.versions()).extracting(Version::source).filteredOn(s -> s != null).isNotEmpty();
        assertThat(h.versions()).extracting(Version::value).doesNotContainNull();
        assertThat(h.summary()).contains(widest.subject());
    }

    static FigureGroup widestDiffer(Comparison c) {
        return c.claims().figureGroups().stream()
                .filter(g -> g.verdict() == Verdict.DIFFER)
                .max(java.util.Comparator.comparingLong(g -> g.mentions().stream().map(FigureMention::article).distinct().count()))
                .orElseThrow();
    }

    @Test
    void quotesCarryTheirGroupsFlagsAndParaphrasesAreMarkedAsSuch() {
        List<QuoteGroup> groups = comparison.claims().quoteGroups();
        assertThat(groups).isNotEmpty();
        int[] checked = {0};
        int[] flaggedChecked = {0};
        for (int g = 0; g < groups.size(); g++) {
            for (QuoteMention m : groups.get(g).mentions()) {
                if (m.span().length() == 0) {
                    continue;
                }
                int gi = g;
                assertThat(model.columns().get(m.article()).highlights())
                        .filteredOn(h -> h.span().equals(m.span()) && h.kind() == HighlightKind.QUOTE)
                        .first().satisfies(h -> {
                            if (ClaimRef.quoteGroup(gi).equals(h.claim())) {
                                assertThat(h.flags()).isEqualTo(groups.get(gi).flags());
                                assertThat(h.paraphrase()).isEqualTo(!m.quoted());
                                checked[0]++;
                                flaggedChecked[0] += groups.get(gi).flags().isEmpty() ? 0 : 1;
                            }
                        });
            }
        }
        System.err.println("quote highlights checked: " + checked[0] + ", with group flags: " + flaggedChecked[0]);
        assertThat(checked[0]).as("quote highlights carrying their group").isPositive();
        assertThat(flaggedChecked[0]).as("quote highlights whose group has flags").isPositive();
    }

    @Test
    void attributionDifferencesFlagTheCreditInEveryArticleThatNamesASource() {
        List<AttributionDifference> diffs = comparison.claims().attributionDifferences();
        assertThat(diffs).isNotEmpty();
        for (int d = 0; d < diffs.size(); d++) {
            ClaimRef ref = ClaimRef.attributionDifference(d);
            Set<Integer> flagged = new HashSet<>();
            for (int a = 0; a < 5; a++) {
                for (Highlight h : model.columns().get(a).highlights()) {
                    if (ref.equals(h.claim())) {
                        assertThat(h.kind()).isEqualTo(HighlightKind.ATTRIBUTION);
                        assertThat(h.flags()).contains(QuoteFlag.SPEAKER_DIFFERS);
                        assertThat(h.isDifference()).isTrue();
                        assertThat(h.versions()).hasSize(diffs.get(d).mentions().size());
                        flagged.add(a);
                    }
                }
            }
            for (AttributionMention m : diffs.get(d).mentions()) {
                if (m.source() != null) {
                    assertThat(flagged).contains(m.article());
                }
            }
            assertThat(flagged).hasSizeGreaterThanOrEqualTo(2);
        }
        // every extracted attribution is marked
        for (int a = 0; a < 5; a++) {
            long marked = model.columns().get(a).highlights().stream().filter(h -> h.kind() == HighlightKind.ATTRIBUTION).count();
            assertThat(marked).isGreaterThanOrEqualTo(comparison.extractions().get(a).attributions().size());
        }
    }

    @Test
    void rowsKeepEveryColumnInOrderAndWordChangesLieInAlignedCells() {
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.cells().stream().filter(s -> s != null).count())
                .isGreaterThanOrEqualTo(2));
        List<Row> display = model.displayRows();
        for (int c = 0; c < 5; c++) {
            String body = model.columns().get(c).body();
            StringBuilder shown = new StringBuilder();
            for (Row r : display) {
                if (r.cells().get(c) != null) {
                    shown.append(r.cells().get(c).of(body));
                }
            }
            assertThat(shown.toString().replaceAll("\\s", "")).isEqualTo(body.replaceAll("\\s", ""));
            for (Highlight h : model.columns().get(c).highlights()) {
                if (h.kind() == HighlightKind.WORD_CHANGE) {
                    int col = c;
                    assertThat(model.rows()).anySatisfy(r -> assertThat(r.cells().get(col)).isNotNull()
                            .matches(s -> s.contains(h.span())));
                    assertThat(h.versions()).hasSizeGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void differencesAreDisagreeingFiguresFlaggedQuotesAndAttributionDifferences() {
        List<HighlightRef> diffs = model.differences();
        assertThat(diffs).isNotEmpty();
        for (HighlightRef ref : diffs) {
            Highlight h = model.highlight(ref);
            switch (h.kind()) {
                case FIGURE -> assertThat(h.verdict()).isIn(Verdict.DIFFER, Verdict.CONSISTENT);
                case QUOTE -> assertThat(h.flags()).isNotEmpty();
                case ATTRIBUTION -> assertThat(h.flags()).contains(QuoteFlag.SPEAKER_DIFFERS);
                case WORD_CHANGE -> throw new AssertionError("word changes are not visited");
            }
        }
        assertThat(diffs).extracting(r -> model.highlight(r).kind()).contains(HighlightKind.FIGURE, HighlightKind.ATTRIBUTION);
    }

    @Test
    void figureValuesReadAsWritten() {
        SideBySideAdapter adapter = new SideBySideAdapter(SeedComparisons.messages());
        assertThat(adapter.valueOf(new Figure(new Span(0, 6), "11,000", 11000.0, null, null, null, "troops", null, null, -1,
                "count", 11000.0, null, null, null))).isEqualTo("11,000");
        assertThat(adapter.valueOf(new Figure(new Span(0, 6), "x", null, 10000.0, 15000.0, null, "troops", null, null, -1)))
                .isEqualTo("10,000–15,000");
        assertThat(adapter.valueOf(new Figure(new Span(0, 6), "x", null, null, null, "thousands of", "troops", null, null, -1)))
                .isEqualTo("thousands of");
        assertThat(adapter.valueOf(new Figure(new Span(0, 6), "x", 478.0, null, null, null, "square kilometres", null, null, -1,
                "area", 478.0, null, null, null))).isEqualTo("478 square kilometres");
    }
}

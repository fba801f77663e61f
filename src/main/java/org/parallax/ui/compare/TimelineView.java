package org.parallax.ui.compare;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;

/**
 * The timeline of one quantity: the selected figure group's values over the articles' published dates, one
 * series per outlet, value on the y axis, dates on an x axis of epoch days labelled as dates. A range is drawn as
 * its two ends; vague amounts and undated articles are listed under the chart. Tooltips give the wording and the
 * source. A choice box picks the group (the claims table and the text selection pick it too).
 */
final class TimelineView extends VBox {

    /** Same-day points of different outlets are drawn this far apart (in days) so that none hides another. */
    private static final double SPREAD = 0.12;

    private final ComparisonScreenModel model;
    private final Messages messages;
    private final NumberAxis days = new NumberAxis();
    private final NumberAxis values = new NumberAxis();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(days, values);
    private final ComboBox<Integer> group = new ComboBox<>();
    private final Label title = new Label();
    private final Label omitted = new Label();
    private final Label undated = new Label();
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    private boolean syncing;
    /** false while the timeline's tab is not shown: it is then drawn when the tab shows ({@link #setShowing}) */
    private boolean showingTab = true;
    /** true when the comparison or the figure group changed while the timeline was not shown */
    private boolean stale;
    private TimelineData shown = TimelineData.EMPTY;

    TimelineView(ComparisonScreenModel model) {
        super(8);
        this.model = model;
        this.messages = model.messages();
        Locale locale = messages.bundle().getLocale() == null || messages.bundle().getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : messages.bundle().getLocale();
        this.dates = DateFields.ISO;
        this.numbers = NumberFormat.getNumberInstance(locale);
        setId("timelineView");
        setPadding(new Insets(8));

        group.setId("timelineGroup");
        group.setMaxWidth(Double.MAX_VALUE);
        group.setAccessibleText(messages.get("timeline.choose"));
        group.setCellFactory(l -> new GroupCell());
        group.setButtonCell(new GroupCell());
        HBox.setHgrow(group, Priority.ALWAYS);
        Label choose = new Label(messages.get("timeline.choose"));
        HBox top = new HBox(8, choose, group);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        title.setId("timelineTitle");
        title.getStyleClass().add("timeline-title");
        title.setWrapText(true);

        chart.setId("timelineChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(260);
        VBox.setVgrow(chart, Priority.ALWAYS);
        days.setAutoRanging(false);
        days.setForceZeroInRange(false);
        days.setMinorTickVisible(false);
        days.setLabel(messages.get("timeline.published"));
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                return Math.abs(d - Math.rint(d)) < 1e-6 ? LocalDate.ofEpochDay(Math.round(d)).format(dates) : "";
            }

            @Override
            public Number fromString(String s) {
                return LocalDate.parse(s, dates).toEpochDay();
            }
        });
        values.setForceZeroInRange(true);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return numbers.format(n);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
        omitted.setId("timelineVague");
        omitted.getStyleClass().add(CompareStyles.NOTE);
        omitted.setWrapText(true);
        undated.setId("timelineUndated");
        undated.getStyleClass().add(CompareStyles.NOTE);
        undated.setWrapText(true);
        getChildren().addAll(top, title, chart, omitted, undated);

        group.valueProperty().addListener((obs, old, g) -> {
            if (g != null && !syncing) {
                model.selectFigureGroup(g);
            }
        });
        model.comparisonProperty().addListener((obs, old, c) -> {
            if (showingTab) {
                fillChoices(c);
            } else {
                clear();
            }
        });
        model.selectedFigureGroupProperty().addListener((obs, old, g) -> {
            if (showingTab) {
                refresh();
            } else {
                stale = true;
            }
        });
        fillChoices(model.comparisonProperty().get());
    }

    /** Says whether the timeline's tab is shown; while it is not, changes are drawn only when it shows again. */
    void setShowing(boolean showing) {
        showingTab = showing;
        if (showing) {
            catchUp();
        }
    }

    /** Draws the timeline now if the comparison or the figure group changed while it was not shown. */
    void catchUp() {
        if (stale) {
            fillChoices(model.comparisonProperty().get());
        }
    }

    /** Drops the previous comparison's chart (a new one came while the timeline was not shown). */
    private void clear() {
        stale = true;
        syncing = true;
        try {
            group.getItems().clear();
            group.setValue(null);
        } finally {
            syncing = false;
        }
        chart.getData().clear();
        shown = TimelineData.EMPTY;
    }

    private void fillChoices(Comparison c) {
        stale = false;
        syncing = true;
        try {
            group.getItems().clear();
            if (c != null) {
                for (int i = 0; i < c.claims().figureGroups().size(); i++) {
                    group.getItems().add(i);
                }
            }
        } finally {
            syncing = false;
        }
        refresh();
    }

    private void refresh() {
        int g = model.selectedFigureGroupProperty().get();
        syncing = true;
        try {
            group.setValue(g < 0 ? null : g);
        } finally {
            syncing = false;
        }
        show(model.timeline());
    }

    private void show(TimelineData data) {
        shown = data;
        chart.getData().clear();
        if (data.subject() == null) {
            title.setText(messages.get("timeline.none"));
            omitted.setText("");
            undated.setText("");
            return;
        }
        title.setText(messages.format("timeline.title", data.subject(),
                messages.get("verdict." + data.verdict().name().toLowerCase(Locale.ROOT))));
        values.setLabel(data.unit() == null ? messages.get("timeline.value") : data.unit());
        List<String> series = data.series();
        Map<String, XYChart.Series<Number, Number>> bySeries = new LinkedHashMap<>();
        for (String s : series) {
            XYChart.Series<Number, Number> xy = new XYChart.Series<>();
            xy.setName(s);
            bySeries.put(s, xy);
        }
        List<XYChart.Data<Number, Number>> all = new ArrayList<>();
        List<TimelineData.Point> pointOf = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (TimelineData.Point p : data.points()) {
            double offset = (series.indexOf(p.series()) - (series.size() - 1) / 2.0) * SPREAD;
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.epochDay() + offset, p.value());
            bySeries.get(p.series()).getData().add(d);
            all.add(d);
            pointOf.add(p);
            min = Math.min(min, p.epochDay());
            max = Math.max(max, p.epochDay());
        }
        if (!data.points().isEmpty()) {
            long pad = Math.max(2, (max - min) / 8);
            days.setLowerBound(min - pad);
            days.setUpperBound(max + pad);
            days.setTickUnit(Math.max(1, Math.ceil((max - min + 2.0 * pad) / 6)));
        }
        chart.getData().addAll(bySeries.values());
        for (int i = 0; i < all.size(); i++) {
            TimelineData.Point p = pointOf.get(i);
            String tip = messages.format(p.rangeEnd() ? "timeline.tipRange" : "timeline.tip", p.wording(), p.series(),
                    p.source() == null ? messages.get("value.noSource") : p.source(),
                    LocalDate.ofEpochDay(p.epochDay()).format(dates), numbers.format(p.value()));
            if (all.get(i).getNode() != null) {
                Tooltip t = new Tooltip(tip);
                t.setShowDelay(javafx.util.Duration.millis(150));
                Tooltip.install(all.get(i).getNode(), t);
                all.get(i).getNode().setAccessibleHelp(tip);
                if (p.rangeEnd()) {
                    all.get(i).getNode().getStyleClass().add("range-end");
                }
            }
        }
        omitted.setText(data.vague().isEmpty() ? "" : messages.format("timeline.vague", String.join(" · ", data.vague())));
        omitted.setManaged(!data.vague().isEmpty());
        undated.setText(data.undated().isEmpty() ? "" : messages.format("timeline.undated", String.join(" · ", data.undated())));
        undated.setManaged(!data.undated().isEmpty());
    }

    /** What the chart plots now (for tests). */
    TimelineData shown() {
        return shown;
    }

    ScatterChart<Number, Number> chart() {
        return chart;
    }

    private final class GroupCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer g, boolean empty) {
            super.updateItem(g, empty);
            Comparison c = model.comparisonProperty().get();
            if (empty || g == null || c == null || g >= c.claims().figureGroups().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            FigureGroup fg = c.claims().figureGroups().get(g);
            Verdict v = fg.verdict();
            setGraphic(org.parallax.ui.common.Icons.of(HighlightStyles.iconOf(v), org.parallax.ui.common.Styles.BADGE,
                    HighlightStyles.badgeOf(v)));
            setText(messages.format("timeline.groupChoice", fg.subject(), fg.mentions().size(),
                    messages.get("verdict." + v.name().toLowerCase(Locale.ROOT))));
        }
    }
}

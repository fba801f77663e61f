package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Figure;

/**
 * What the timeline chart plots for one figure group: one point per dated figure (two for a range: its low and
 * high end) at the article's published date, in the base unit of the figure's dimension so that "478 square
 * kilometers" and "184 square miles" share an axis. Vague amounts ("thousands of") have no value and are listed
 * apart, as are the figures of undated articles. Plain Java.
 *
 * @param subject the group's subject
 * @param verdict the group's verdict
 * @param unit    what the y axis counts (the first mention's unit), or {@code null}
 * @param points  the plotted points, by article then position
 * @param vague   "thousands of troops (Euromaidan Press)": dated mentions with no number
 * @param undated "50,000 troops (Euromaidan Press)": mentions of articles without a date
 */
public record TimelineData(String subject, Verdict verdict, String unit, List<Point> points, List<String> vague,
                           List<String> undated) {

    /**
     * One plotted value.
     *
     * @param series   the outlet label: one series per outlet
     * @param epochDay the article's published date as days since 1970-01-01
     * @param value    the value (a range's low or high end for {@code rangeEnd})
     * @param wording  the figure as written
     * @param source   who the outlet credits, or {@code null}
     * @param rangeEnd true for either end of a range
     */
    public record Point(String series, long epochDay, double value, String wording, String source, boolean rangeEnd) {
    }

    public static final TimelineData EMPTY = new TimelineData(null, null, null, List.of(), List.of(), List.of());

    public TimelineData {
        points = List.copyOf(points);
        vague = List.copyOf(vague);
        undated = List.copyOf(undated);
    }

    /** The timeline of figure group {@code group} of {@code comparison}; {@link #EMPTY} for an index out of range. */
    public static TimelineData of(Comparison comparison, int group, SideBySideAdapter adapter) {
        List<FigureGroup> groups = comparison.claims().figureGroups();
        if (group < 0 || group >= groups.size()) {
            return EMPTY;
        }
        FigureGroup g = groups.get(group);
        List<Point> points = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        String unit = null;
        for (FigureMention m : g.mentions()) {
            Figure f = m.figure();
            String outlet = adapter.outletLabel(comparison, m.article());
            String as = f.text() + " (" + outlet + (m.source() == null ? "" : ", " + m.source()) + ")";
            if (m.date() == null && comparison.articles().get(m.article()).metadata().published() == null) {
                undated.add(as);
                continue;
            }
            long day = (m.date() != null ? m.date() : comparison.articles().get(m.article()).metadata().published()).toEpochDay();
            Double value = f.canonicalValue() != null ? f.canonicalValue() : f.value();
            Double low = f.canonicalLow() != null ? f.canonicalLow() : f.low();
            Double high = f.canonicalHigh() != null ? f.canonicalHigh() : f.high();
            if (unit == null && f.unit() != null && (value != null || low != null)) {
                unit = f.canonicalValue() != null || f.canonicalLow() != null ? baseUnit(f) : f.unit();
            }
            if (value != null) {
                points.add(new Point(outlet, day, value, f.text(), m.source(), false));
            } else if (low != null && high != null) {
                points.add(new Point(outlet, day, low, f.text(), m.source(), true));
                points.add(new Point(outlet, day, high, f.text(), m.source(), true));
            } else {
                vague.add(as);
            }
        }
        return new TimelineData(g.subject(), g.verdict(), unit, points, vague, undated);
    }

    private static String baseUnit(Figure f) {
        if (f.dimension() == null) {
            return f.unit();
        }
        return switch (f.dimension()) {
            case "area" -> "km²";
            case "length" -> "km";
            case "mass" -> "kg";
            case "volume" -> "litres";
            case "duration" -> "days";
            case "age" -> "years";
            case "speed" -> "km/h";
            case "temperature" -> "°C";
            case "money" -> f.currency() != null ? f.currency() : f.unit();
            default -> f.unit();
        };
    }

    /** The outlets with at least one point, in order of first appearance. */
    public List<String> series() {
        Set<String> out = new LinkedHashSet<>();
        for (Point p : points) {
            out.add(p.series());
        }
        return List.copyOf(out);
    }

    /** How many different dates have a point. */
    public long dateCount() {
        return points.stream().mapToLong(Point::epochDay).distinct().count();
    }

    public boolean isEmpty() {
        return points.isEmpty() && vague.isEmpty() && undated.isEmpty();
    }
}

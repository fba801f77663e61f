package org.parallax.core.compare.claim;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.core.extract.Figure;
import org.parallax.core.text.Names;

/**
 * The judge stage: turns each figure into an interval in its dimension's base unit and compares them.
 *
 * <ul>
 *   <li>a plain number is a point; "about", "some", "roughly"… widen it by 10 %; "more than", "over", "at least"
 *       open it upwards; "up to", "as many as", "fewer than"… downwards to zero;</li>
 *   <li>a range is its ends; a vague amount its magnitude: "thousands" 2,000–9,999, "several hundred" 200–999,
 *       "dozens" 24–119, "a couple thousand" 2,000–5,000;</li>
 *   <li>AGREE: every mention is a number (not a range nor vague) and all are equal after unit normalisation
 *       (1.5 % slack between different units, for rounded conversions); CONSISTENT: the intervals share a
 *       value; DIFFER: they do not; SINGLE: one mention.</li>
 * </ul>
 */
final class Verdicts {

    private static final Set<String> LOWER = Set.of("more than", "over", "at least", "above", "in excess of",
            "upwards of", "exceeding", "no fewer than", "no less than", "+", "plus", "just over", "well over",
            "greater than", "higher than", "more then");
    private static final Set<String> UPPER = Set.of("up to", "as many as", "at most", "less than", "lower than",
            "fewer than", "under", "below", "no more than", "as much as", "maximum", "just under", "nearly",
            "almost", "close to", "not more than", "as high as");
    private static final Set<String> APPROX = Set.of("about", "around", "roughly", "approximately", "some",
            "just about", "an estimated", "estimated", "circa", "approx", "approx.", "about some", "~",
            "or so", "give or take", "around some", "some estimated");
    private static final Map<String, Double> FACTORS = Map.ofEntries(
            Map.entry("square kilometres", 1.0), Map.entry("square miles", 2.589988), Map.entry("hectares", 0.01),
            Map.entry("acres", 0.00404686), Map.entry("kilometres", 1.0), Map.entry("miles", 1.609344),
            Map.entry("metres", 0.001), Map.entry("days", 1.0), Map.entry("weeks", 7.0),
            Map.entry("months", 30.4375), Map.entry("years", 365.25), Map.entry("hours", 1 / 24.0),
            Map.entry("tonnes", 1000.0), Map.entry("kg", 1.0));

    /** "nearly 2,200", "almost 45,000": just below the number (within twice the width of "about"). */
    private static final Set<String> NEAR_BELOW = Set.of("nearly", "almost", "close to", "just under");
    /** Half the width of "about X", as a share of X: reporters round to the number's own precision. */
    static final double APPROX_WIDTH = 0.04;

    private Verdicts() {
    }

    /**
     * Half a unit of the last non-zero digit of a count written with two or more trailing zeros ("5,500" is 5,450
     * to 5,550; "43,000" is 42,500 to 43,500), in the unit as written; a share in tens of per cent ("60%") is
     * 57.5 to 62.5; 0 for other numbers: a round count of thousands is a rounded count, while "300", "65%" or
     * "$2bn" are not taken as rounded.
     */
    static double rounding(Figure f) {
        Double value = f.value();
        if (value == null || f.text() == null) {
            return 0;
        }
        if ("percent".equals(f.dimension()) && value >= 10 && value < 100 && value % 10 == 0) {
            return 2.5; // "60%" is a share rounded to tens as often as not: 62 % may be written so
        }
        java.util.regex.Matcher m = WRITTEN.matcher(f.text());
        if (!m.find()) {
            return 0;
        }
        String digits = m.group().replace(",", "");
        if (digits.length() < 4 || Math.abs(value - Double.parseDouble(digits)) > 1e-9) {
            return 0; // under 1,000, or a scale word ("2bn", "1.5 million") gave the value
        }
        int zeros = digits.length() - digits.replaceAll("0+$", "").length();
        return zeros >= 2 ? Math.pow(10, zeros) * 0.49 : 0; // just under half: 2,000 and 3,000 do not touch
    }

    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{4,}");

    /** A closed interval, possibly unbounded above. */
    record Interval(double low, double high) {
        boolean intersects(Interval o) {
            return low <= o.high && o.low <= high;
        }
    }

    static Verdict verdict(List<Figure> figures) {
        if (figures.size() <= 1) {
            return Verdict.SINGLE;
        }
        if (agree(figures)) {
            return Verdict.AGREE;
        }
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (Figure f : figures) {
            Interval i = interval(f);
            if (i == null) {
                continue; // nothing known about it: it neither agrees nor conflicts
            }
            low = Math.max(low, i.low);
            high = Math.min(high, i.high);
        }
        return low <= high ? Verdict.CONSISTENT : Verdict.DIFFER;
    }

    private static boolean agree(List<Figure> figures) {
        String currency = figures.get(0).currency();
        Set<String> units = new LinkedHashSet<>();
        for (Figure f : figures) {
            if (f.value() == null || f.isRange() || f.isVague()) {
                return false;
            }
            if (currency == null ? f.currency() != null : !currency.equals(f.currency())) {
                return false;
            }
            units.add(String.valueOf(f.unit()));
        }
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                double slack = java.util.Objects.equals(a.unit(), b.unit()) ? 1e-9 : 0.015;
                double x = canonical(a);
                double y = canonical(b);
                if (Math.abs(x - y) > slack * Math.max(Math.abs(x), Math.abs(y))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Do the two figures' intervals share a value? */
    static boolean compatible(Figure a, Figure b) {
        Interval x = interval(a);
        Interval y = interval(b);
        return x != null && y != null && x.intersects(y);
    }

    /** Do the two figures state the same number (a value, or a range end), after unit normalisation? */
    static boolean sameNumber(Figure a, Figure b) {
        for (double x : numbers(a)) {
            for (double y : numbers(b)) {
                if (Math.abs(x - y) <= 0.015 * Math.max(Math.abs(x), Math.abs(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] numbers(Figure f) {
        if (f.value() != null) {
            return new double[] {canonical(f)};
        }
        if (f.low() != null && f.high() != null) {
            return new double[] {f.canonicalLow() != null ? f.canonicalLow() : f.low(),
                f.canonicalHigh() != null ? f.canonicalHigh() : f.high()};
        }
        return new double[0];
    }

    private static double canonical(Figure f) {
        if (FigureGrouper.isBasisPoints(f) && f.value() != null) {
            return f.value() / 100.0; // in percentage points, as a percentage change is written
        }
        if (FigureGrouper.isFraction(f)) {
            return f.value() * 100.0; // "half" is 50 per cent
        }
        return f.canonicalValue() != null ? f.canonicalValue() : f.value();
    }

    /** The values the figure allows, in its dimension's base unit, or {@code null} when unknown. */
    static Interval interval(Figure f) {
        String q = f.qualifier() == null ? "" : f.qualifier().toLowerCase(Locale.ROOT).strip();
        if (f.value() != null) {
            double v = canonical(f);
            double slack = Math.max(0.005 * Math.abs(v), rounding(f) * Math.abs(v / f.value()));
            Interval point = new Interval(v - slack, v + slack);
            if (q.isEmpty()) {
                return point;
            }
            if (LOWER.contains(q)) {
                return new Interval(point.low, Double.POSITIVE_INFINITY);
            }
            if (NEAR_BELOW.contains(q)) {
                return new Interval(v - APPROX_WIDTH * 2 * Math.abs(v), point.high);
            }
            if (UPPER.contains(q)) {
                return new Interval(Math.min(0, v), point.high);
            }
            if (APPROX.contains(q) || q.contains("about") || q.contains("around") || q.contains("approx")) {
                double w = Math.max(APPROX_WIDTH * Math.abs(v), slack);
                return new Interval(v - w, v + w);
            }
            return point;
        }
        if (f.low() != null && f.high() != null) {
            double lo = f.canonicalLow() != null ? f.canonicalLow() : f.low();
            double hi = f.canonicalHigh() != null ? f.canonicalHigh() : f.high();
            return new Interval(Math.min(lo, hi), Math.max(lo, hi));
        }
        return vague(q, f);
    }

    private static Interval vague(String q, Figure f) {
        double scale;
        if (q.contains("billion")) {
            scale = 1e9;
        } else if (q.contains("million")) {
            scale = 1e6;
        } else if (q.contains("thousand") || q.contains("1000") || q.contains("1,000")) {
            scale = 1e3;
        } else if (q.contains("hundred") || q.contains("100")) {
            scale = 100;
        } else if (q.contains("dozen")) {
            scale = 12;
        } else if (q.contains("score")) {
            scale = 20;
        } else {
            return null;
        }
        double lo;
        double hi;
        if (q.startsWith("tens of")) {
            lo = 10 * scale;
            hi = 100 * scale - 1;
        } else if (q.contains("couple") || q.contains("pair") || q.contains("few")) {
            lo = 2 * scale;
            hi = 5 * scale;
        } else {
            lo = 2 * scale;
            hi = 10 * scale - 1;
        }
        double factor = 1;
        if (f.dimension() != null && !f.dimension().equals("count") && f.unit() != null) {
            Double k = FACTORS.get(f.unit());
            if (k == null) {
                return null;
            }
            factor = k;
        }
        return new Interval(lo * factor, hi * factor);
    }

    // ------------------------------------------------------------------------------------ reasons

    static List<String> reasons(List<FigureMention> mentions) {
        return reasons(mentions, null);
    }

    /**
     * Why the mentions may not agree, the likeliest first: for differing numbers reported on different days,
     * "reported on different days" with each day's numbers in order (a toll that rose); then different sources,
     * dates (unless the days were given), qualifiers and units.
     */
    static List<String> reasons(List<FigureMention> mentions, Verdict verdict) {
        List<String> out = new ArrayList<>();
        if (mentions.size() < 2) {
            return out;
        }
        if (verdict == Verdict.DIFFER) {
            java.util.TreeMap<LocalDate, Set<String>> byDay = new java.util.TreeMap<>();
            for (FigureMention m : mentions) {
                if (m.date() != null) {
                    byDay.computeIfAbsent(m.date(), d -> new LinkedHashSet<>()).add(m.figure().text());
                }
            }
            if (byDay.size() > 1) {
                List<String> days = new ArrayList<>();
                for (Map.Entry<LocalDate, Set<String>> e : byDay.entrySet()) {
                    days.add(e.getKey() + ": " + String.join(", ", e.getValue()));
                }
                out.add(FigureGroup.REPORTED_ON_DIFFERENT_DAYS + " (" + String.join("; ", days) + ")");
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        Set<LocalDate> dates = new java.util.TreeSet<>();
        Set<String> qualifiers = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        boolean measure = false;
        for (FigureMention m : mentions) {
            if (m.source() != null) {
                sources.putIfAbsent(Names.personKey(m.source()), m.source());
            }
            if (m.date() != null) {
                dates.add(m.date());
            }
            qualifiers.add(describe(m.figure()));
            Figure f = m.figure();
            if (f.unit() != null) {
                units.add(f.unit());
            }
            measure |= f.dimension() != null && !f.dimension().equals("count");
        }
        if (sources.size() > 1) {
            out.add("different sources (" + String.join(" vs ", sources.values()) + ")");
        }
        if (dates.size() > 1 && out.stream().noneMatch(r -> r.startsWith(FigureGroup.REPORTED_ON_DIFFERENT_DAYS))) { // else said with the days
            List<LocalDate> d = new ArrayList<>(dates);
            out.add("different dates (" + d.get(0) + " vs " + d.get(d.size() - 1) + ": the figure may have moved)");
        }
        if (qualifiers.size() > 1) {
            out.add("different qualifiers (" + String.join(" vs ", qualifiers) + ")");
        }
        if (measure && units.size() > 1) {
            out.add("different units (" + String.join(" vs ", units) + ")");
        }
        return out;
    }

    /** "up to", "10,000 to 15,000", "thousands of", or "no qualifier". */
    private static String describe(Figure f) {
        if (f.isRange()) {
            return number(f.low()) + " to " + number(f.high());
        }
        if (f.qualifier() != null && !f.qualifier().isBlank()) {
            return f.qualifier().toLowerCase(Locale.ROOT);
        }
        return "no qualifier";
    }

    static String number(double v) {
        DecimalFormat df = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return df.format(v);
    }
}

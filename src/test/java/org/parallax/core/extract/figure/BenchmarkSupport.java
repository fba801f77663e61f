package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.SharedData;
import org.parallax.core.extract.Figure;

/** Shared helpers for the third-party benchmark tests (data under ${parallax.shared}/benchmarks). */
final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    /**
     * The benchmark file under {@code ../shared/benchmarks} ({@link SharedData#require}): missing, it fails the
     * test under CI and skips it loudly elsewhere.
     */
    static Path benchmark(String relative) {
        Path p = SharedData.require("benchmarks/" + relative);
        assertThat(p).as("benchmark data").isRegularFile();
        return p;
    }

    static List<JsonNode> readJsonl(Path p) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static boolean close(Double a, Double b, double rel) {
        if (a == null || b == null) {
            return false;
        }
        return Math.abs(a - b) <= rel * Math.max(1e-12, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Python code-point offsets to Java char offsets. */
    static int charIndex(String s, int codePoints) {
        try {
            return s.offsetByCodePoints(0, Math.min(codePoints, s.codePointCount(0, s.length())));
        } catch (IndexOutOfBoundsException e) {
            return s.length();
        }
    }

    private static final Map<String, String> UNIT_ALIASES = Map.ofEntries(
            Map.entry("percent", "percent"), Map.entry("percentage", "percent"), Map.entry("%", "percent"),
            Map.entry("km", "kilometre"), Map.entry("kilometer", "kilometre"), Map.entry("kilometre", "kilometre"),
            Map.entry("mile", "mile"), Map.entry("miles", "mile"), Map.entry("metre", "metre"),
            Map.entry("meter", "metre"), Map.entry("mm", "millimetre"), Map.entry("millimeter", "millimetre"),
            Map.entry("cm", "centimetre"), Map.entry("centimeter", "centimetre"),
            Map.entry("square kilometre", "square kilometre"), Map.entry("square kilometer", "square kilometre"),
            Map.entry("square mile", "square mile"), Map.entry("square metre", "square metre"),
            Map.entry("square meter", "square metre"), Map.entry("foot", "foot"), Map.entry("feet", "foot"),
            Map.entry("inch", "inch"), Map.entry("yard", "yard"), Map.entry("kg", "kilogram"),
            Map.entry("kilogram", "kilogram"), Map.entry("gram", "gram"), Map.entry("tonne", "tonne"),
            Map.entry("ton", "tonne"), Map.entry("metric ton", "tonne"), Map.entry("pounds (mass)", "pound-mass"),
            Map.entry("pound-mass", "pound-mass"), Map.entry("dollar", "dollar"),
            Map.entry("united states dollar", "dollar"), Map.entry("$", "dollar"), Map.entry("euro", "euro"),
            Map.entry("pound sterling", "pound sterling"), Map.entry("british pound", "pound sterling"),
            Map.entry("pound", "pound sterling"), Map.entry("yen", "yen"), Map.entry("japanese yen", "yen"),
            Map.entry("yuan", "yuan"), Map.entry("chinese yuan", "yuan"), Map.entry("cent", "cent"),
            Map.entry("pence", "pence"), Map.entry("penny", "pence"), Map.entry("day", "day"),
            Map.entry("week", "week"), Map.entry("month", "month"), Map.entry("year", "year"),
            Map.entry("year of age", "year"), Map.entry("hour", "hour"), Map.entry("minute", "minute"),
            Map.entry("second", "second"), Map.entry("°c", "celsius"), Map.entry("c", "celsius"),
            Map.entry("degree celsius", "celsius"), Map.entry("celsius", "celsius"), Map.entry("°f", "fahrenheit"),
            Map.entry("f", "fahrenheit"), Map.entry("degree fahrenheit", "fahrenheit"),
            Map.entry("fahrenheit", "fahrenheit"), Map.entry("degree", "degree"), Map.entry("gallon", "gallon"),
            Map.entry("litre", "litre"), Map.entry("liter", "litre"), Map.entry("km/h", "kilometre per hour"),
            Map.entry("kilometer per hour", "kilometre per hour"), Map.entry("kilometre per hour", "kilometre per hour"),
            Map.entry("mph", "mile per hour"), Map.entry("mile per hour", "mile per hour"),
            Map.entry("franc", "franc"), Map.entry("rupee", "rupee"), Map.entry("australian dollar", "australian dollar"),
            Map.entry("canadian dollar", "canadian dollar"), Map.entry("hong kong dollar", "hong kong dollar"),
            Map.entry("new zealand dollar", "new zealand dollar"), Map.entry("times", "times"),
            Map.entry("gb", "gigabyte"), Map.entry("gigabyte", "gigabyte"), Map.entry("mb", "megabyte"),
            Map.entry("megabyte", "megabyte"), Map.entry("kw", "kilowatt"), Map.entry("kilowatt", "kilowatt"),
            Map.entry("mwh", "megawatt hour"), Map.entry("megawatt hour", "megawatt hour"),
            Map.entry("hectare", "hectare"), Map.entry("acre", "acre"), Map.entry("barrel", "barrel"),
            Map.entry("percentage point", "point"), Map.entry("point", "point"));

    /** A comparable unit key: lower-case, singular, through a small alias table. */
    static String unitKey(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT).strip();
        String alias = UNIT_ALIASES.get(u);
        if (alias != null) {
            return alias;
        }
        String sing = singular(u);
        alias = UNIT_ALIASES.get(sing);
        return alias != null ? alias : sing;
    }

    private static String singular(String u) {
        if (u.endsWith("ies")) {
            return u.substring(0, u.length() - 3) + "y";
        }
        if (u.endsWith("s") && !u.endsWith("ss") && u.length() > 2) {
            return u.substring(0, u.length() - 1);
        }
        if (u.endsWith("ies")) {
            return u;
        }
        return u;
    }

    /** Micro precision / recall / F1 counts. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d  P=%.3f R=%.3f F1=%.3f", tp, fp, fn, precision(),
                    recall(), f1());
        }
    }

    static String describe(Figure f) {
        return "[" + f.text() + " v=" + f.value() + " lo=" + f.low() + " hi=" + f.high() + " u=" + f.unit()
                + " q=" + f.qualifier() + "]";
    }
}

package org.parallax.core.extract.figure;

import java.util.HashMap;
import java.util.Map;

/**
 * Measure units, currencies and percent: the surface forms we recognise after a number, each with its
 * canonical name, dimension and factor to the dimension's base unit (see {@code Figure#canonicalValue}).
 * Read once from {@code units.txt} beside this class (its header says the format).
 */
final class Units {

    /**
     * @param name         canonical unit name stored in {@code Figure#unit}
     * @param dimension    the dimension
     * @param factor       multiply a value in this unit by it to get the base unit
     * @param currency     ISO code for money, else null
     * @param gluedOnly    true for short, ambiguous forms only accepted glued to the number ("5m", "3t")
     */
    record Unit(String name, String dimension, double factor, String currency, boolean gluedOnly) {
    }

    /** Longest key in tokens (a unit spans at most this many tokens). */
    static final int MAX_TOKENS = 4;

    private static final Map<String, Unit> BY_KEY = new HashMap<>();
    /** currency symbols (and glued prefixes like "us$") before a number */
    static final Map<String, Unit> PREFIX = new HashMap<>();
    /** units that may also stand before the number ("magnitude 7.1") */
    static final Map<String, Unit> BEFORE = new HashMap<>();

    private Units() {
    }

    static {
        WordLists lists = WordLists.load("units.txt");
        for (String line : lists.lines("units")) {
            String[] f = WordLists.fields(line);
            if (f.length != 6) {
                throw new IllegalStateException("units.txt: expected 6 fields in: " + line);
            }
            Unit u = new Unit(f[0], f[1], WordLists.number(f[2]), "-".equals(f[3]) ? null : f[3],
                    "glued".equals(f[4]));
            for (String form : WordLists.list(f[5])) {
                BY_KEY.put(form, u);
                if ("before-or-after".equals(f[4])) {
                    BEFORE.put(form, u);
                }
            }
        }
        for (String line : lists.lines("prefixes")) {
            String[] f = WordLists.fields(line);
            if (f.length != 3) {
                throw new IllegalStateException("units.txt: expected 3 fields in: " + line);
            }
            Unit u = new Unit(f[0], "money", 1, f[1], false);
            for (String form : WordLists.list(f[2])) {
                PREFIX.put(form, u);
            }
        }
    }

    static Unit lookup(String key) {
        return BY_KEY.get(key);
    }
}

package org.parallax.core.extract.figure;

/** A parsed number expression over tokens [s, e). */
final class ParsedNumber {
    int s;
    int e;
    int numTok = -1;
    double value;
    boolean digits;
    boolean words;
    boolean vague;
    String vagueText;
    boolean ordinal;
    boolean multiplier;
    boolean scaled;
    double scale = 1;
    boolean plus;
    boolean fraction;
    boolean negative;
    /** "a"/"an"/"another" standing for one of the unit after it ("a week", "another meter") */
    boolean article;
    /** a spelled fraction of the unit after it ("half a percentage point", "a quarter-point") */
    boolean ofUnit;
    Units.Unit currency;
    /** for the upper end of a range: the lower end with this end's scale applied, or NaN */
    double lowScaled = Double.NaN;
    /** true for the upper end of a range */
    boolean upper;
}

package org.parallax.core.compare.align;

/** The shape of one word change, as in java-diff-utils' {@code DeltaType} without EQUAL. */
public enum ChangeType {
    /** Words in {@code b} replace words in {@code a}. */
    CHANGE,
    /** Words of {@code a} missing from {@code b}. */
    DELETE,
    /** Words of {@code b} missing from {@code a}. */
    INSERT
}

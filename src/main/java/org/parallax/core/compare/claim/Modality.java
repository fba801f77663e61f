package org.parallax.core.compare.claim;

/** What kind of statement a figure is part of: figures of different modalities are never one quantity. */
enum Modality {
    /** A count or measure as it stands ("has sent 10,000", "are in", "already"). */
    CURRENT,
    /** A projection or possibility ("could deploy up to", "expects", "may grow to", "soon"). */
    PROJECTION,
    /** Dead, wounded or other losses ("killed or wounded", "casualties"). */
    CASUALTY,
    /** A figure of an earlier year, given for comparison ("the deadliest since a 2010 flood that killed 300"). */
    PAST
}

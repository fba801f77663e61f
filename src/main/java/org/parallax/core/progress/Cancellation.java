package org.parallax.core.progress;

/** Asked by long core operations between units of work; when it says so, they stop cleanly. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void check() throws CancelledException {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}

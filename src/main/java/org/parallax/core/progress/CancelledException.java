package org.parallax.core.progress;

/** Thrown by a core operation that stopped because it was cancelled. */
public final class CancelledException extends Exception {

    public CancelledException() {
        super("Cancelled.");
    }
}

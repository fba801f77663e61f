package org.parallax.core.progress;

/** Receives progress of a long core operation. Called on the worker's thread; implementations must be cheap. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, message) -> { };

    /**
     * @param done    units of work finished so far
     * @param total   units of work in all, or -1 when unknown
     * @param message what is being done now (a file name, a step), for people
     */
    void update(long done, long total, String message);
}

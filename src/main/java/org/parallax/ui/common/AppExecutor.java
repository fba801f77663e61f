package org.parallax.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one executor for background work: a small pool of named daemon threads ("parallax-worker-1"…)
 * that log whatever a job throws instead of losing it. Closed when the app stops.
 */
public final class AppExecutor implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppExecutor.class);

    private final ExecutorService pool;

    public AppExecutor(String name, int threads) {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = base.newThread(r);
            t.setName(name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught in {}", thread.getName(), e));
            return t;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named);
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
    }

    /** Runs {@code job} on a worker; once the app is stopping, new jobs are dropped (logged). */
    @Override
    public void execute(Runnable job) {
        if (pool.isShutdown()) {
            LOG.debug("Stopping: job {} not started", job);
            return;
        }
        try {
            submit(job);
        } catch (RejectedExecutionException e) {
            LOG.debug("Stopping: job {} not started", job);
        }
    }

    private void submit(Runnable job) {
        pool.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Background job failed", e);
                throw e;
            }
        });
    }

    /**
     * Stops taking jobs and waits up to {@code millis} for the running ones to end (they should have been
     * told to cancel), then interrupts what is left.
     *
     * @return true when every job ended in time
     */
    public boolean shutdown(long millis) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("Background jobs still running after {} ms; interrupting them", millis);
        pool.shutdownNow();
        return false;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

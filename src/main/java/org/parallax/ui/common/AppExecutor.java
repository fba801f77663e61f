package org.parallax.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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

    @Override
    public void execute(Runnable job) {
        pool.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Background job failed", e);
                throw e;
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

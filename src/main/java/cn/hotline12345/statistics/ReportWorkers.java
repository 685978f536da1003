package cn.hotline12345.statistics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Threads on which the parts of a report are counted side by side (PostgreSQL and Elasticsearch
 * each take a core). A part may read only the reporting database and the search indices: no
 * request, session or transaction of the caller goes with it.
 */
@ApplicationScoped
public class ReportWorkers {

    private static final int THREADS = 4;

    private final AtomicInteger serial = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
        Thread thread = new Thread(r, "report-" + serial.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public <T> CompletableFuture<T> start(Supplier<T> part) {
        return CompletableFuture.supplyAsync(part, threads);
    }

    /** The part's result; a part's refusal (a bad parameter, an index that cannot be reached) as it was thrown. */
    public static <T> T result(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}

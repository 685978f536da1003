package cn.hotline12345.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the live index in one segment, where a question costs least. Elasticsearch's own merging
 * leaves ten or more segments after many writes; merging them into one halves the search time on a
 * large index. Done after a burst of writes (a bulk import) once the indexer has caught up, every
 * night, and on an administrator's request; a rebuilt index is merged before the alias points at
 * it. Merges run beside the indexer, never in its way.
 */
@ApplicationScoped
public class KnowledgeCompaction {

    private static final Logger LOG = Logger.getLogger(KnowledgeCompaction.class);
    /** After a failed merge the automatic one waits this long, so a lost cluster is not asked every second. */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeConfig config;

    @Inject
    Clock clock;

    private final ReentrantLock merging = new ReentrantLock();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong writesSinceMerge = new AtomicLong();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "knowledge-merge");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant notBefore = Instant.MIN;
    private volatile boolean failing;

    public record Result(List<String> indices, long segmentsBefore, long segmentsAfter, long millis) {
    }

    /** Merges the index behind the alias into one segment; waits for a merge already running first. */
    public Result compact() {
        merging.lock();
        try {
            return merge();
        } finally {
            merging.unlock();
        }
    }

    /**
     * Told by the indexer how many changes it has just written and whether it found nothing more
     * to write; once enough have piled up and it has caught up, a merge is queued.
     */
    void indexed(int writes, boolean caughtUp) {
        long pending = writesSinceMerge.addAndGet(writes);
        if (caughtUp && dueAfter(pending, config.compactAfterWrites()) && clock.instant().isAfter(notBefore)
                && queued.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    mergeUnlessBusy("after " + pending + " changes");
                } finally {
                    queued.set(false);
                }
            });
        }
    }

    /** A threshold of 0 turns merging after writes off. */
    static boolean dueAfter(long writes, int threshold) {
        return threshold > 0 && writes >= threshold;
    }

    @Scheduled(cron = "${hotline.knowledge.compact-cron}", timeZone = "${hotline.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        mergeUnlessBusy("nightly");
    }

    private Result merge() {
        long started = System.nanoTime();
        long counted = writesSinceMerge.get();
        long before = index.segments(index.alias());
        if (before > 1) {
            index.mergeIntoOneSegment(index.alias());
        }
        long after = index.segments(index.alias());
        // Writes indexed while the merge ran still count towards the next one.
        writesSinceMerge.addAndGet(-counted);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (before > 1) {
            LOG.infof("knowledge index merged from %d segments into %d in %d ms", before, after, millis);
        }
        return new Result(List.copyOf(index.indicesBehindAlias()), before, after, millis);
    }

    private void mergeUnlessBusy(String reason) {
        if (!merging.tryLock()) {
            return;
        }
        try {
            merge();
            notBefore = Instant.MIN;
            if (failing) {
                LOG.info("knowledge index merged again after failures");
                failing = false;
            }
        } catch (RuntimeException e) {
            notBefore = clock.instant().plus(RETRY_AFTER_FAILURE);
            if (!failing) {
                LOG.warnf("knowledge index merge (%s) failed, will try again: %s", reason, e.getMessage());
                failing = true;
            }
        } finally {
            merging.unlock();
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

package cn.hotline12345.knowledge;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * Keeps the live index in one segment, where a question costs least. Elasticsearch's own merging
 * leaves ten or more segments after many writes; merging them into one halves the search time on a
 * large index. Done after a burst of writes (a bulk import) once the outbox is empty, every night,
 * and on an administrator's request; a rebuilt index is merged before the alias points at it.
 */
@ApplicationScoped
public class KnowledgeCompaction {

    private static final Logger LOG = Logger.getLogger(KnowledgeCompaction.class);

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeConfig config;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong writesSinceCompaction = new AtomicLong();

    public record Result(List<String> indices, long segmentsBefore, long segmentsAfter, long millis) {
    }

    /** Merges the index behind the alias into one segment, unless it already is one. */
    public Result compact() {
        if (!running.compareAndSet(false, true)) {
            throw new DomainException(ProblemType.CONFLICT, "knowledge.compaction-running");
        }
        try {
            long started = System.nanoTime();
            long before = index.segments(index.alias());
            if (before > 1) {
                index.mergeIntoOneSegment(index.alias());
            }
            long after = index.segments(index.alias());
            writesSinceCompaction.set(0);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (before > 1) {
                LOG.infof("knowledge index merged from %d segments into %d in %d ms", before, after, millis);
            }
            return new Result(List.copyOf(index.indicesBehindAlias()), before, after, millis);
        } finally {
            running.set(false);
        }
    }

    /**
     * Told by the indexer how many changes it has just written and whether the outbox is now empty;
     * merges once enough have piled up and no more are waiting.
     */
    void indexed(int writes, boolean drained) {
        long pending = writesSinceCompaction.addAndGet(writes);
        if (drained && dueAfter(pending, config.compactAfterWrites())) {
            compactQuietly("after " + pending + " changes");
        }
    }

    /** A threshold of 0 turns merging after writes off. */
    static boolean dueAfter(long writes, int threshold) {
        return threshold > 0 && writes >= threshold;
    }

    @Scheduled(cron = "${hotline.knowledge.compact-cron}", timeZone = "${hotline.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        compactQuietly("nightly");
    }

    private void compactQuietly(String reason) {
        try {
            compact();
        } catch (DomainException e) {
            LOG.debugf("knowledge index merge (%s) skipped: another is running", reason);
        } catch (RuntimeException e) {
            LOG.warnf("knowledge index merge (%s) failed, will try again later: %s", reason, e.getMessage());
        }
    }
}

package cn.hotline12345.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * Builds a whole new index from PostgreSQL and swaps the alias to it, so searches keep answering
 * from the old index until the new one is complete. (This Elasticsearch has no _reindex; the
 * database is the source anyway.) Entries changed while the copy ran are written again before and
 * after the swap. The new index is merged into one segment before agents search it.
 */
@ApplicationScoped
public class KnowledgeRebuild {

    private static final Logger LOG = Logger.getLogger(KnowledgeRebuild.class);
    private static final int PAGE = 1000;
    /** Changes committed this long before the start are certainly in the copy. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean indexKnownToExist;

    public record Result(String index, long documents, long millis) {
    }

    /** Makes sure the alias exists, building the index from the database the first time. */
    public void ensureIndex() {
        if (indexKnownToExist) {
            return;
        }
        if (!index.aliasExists()) {
            LOG.infof("knowledge index alias %s missing: building it from the database", index.alias());
            rebuild();
        }
        indexKnownToExist = true;
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw new DomainException(ProblemType.CONFLICT, "knowledge.rebuild-running");
        }
        try {
            long started = System.nanoTime();
            Instant since = clock.instant().minus(CLOCK_MARGIN);
            String target = index.createIndex();
            long copied = 0;
            long afterId = 0;
            while (true) {
                long from = afterId;
                List<Long> ids = QuarkusTransaction.requiringNew().call(() -> documents.liveIds(from, PAGE));
                if (ids.isEmpty()) {
                    break;
                }
                copy(target, ids);
                copied += ids.size();
                afterId = ids.get(ids.size() - 1);
            }
            catchUp(target, since);
            mergeIfPossible(target);
            index.refresh(target);
            index.pointAliasAt(target);
            catchUp(index.alias(), since);
            indexKnownToExist = true;
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("knowledge index %s built: %d entries in %d ms", target, copied, millis);
            return new Result(target, copied, millis);
        } finally {
            running.set(false);
        }
    }

    /** A complete index that could not be merged still serves; it is merged again at night. */
    private void mergeIfPossible(String target) {
        try {
            index.mergeIntoOneSegment(target);
        } catch (RuntimeException e) {
            LOG.warnf("knowledge index %s not merged into one segment, swapped anyway: %s", target, e.getMessage());
        }
    }

    private void catchUp(String target, Instant since) {
        List<Long> changed = QuarkusTransaction.requiringNew().call(() -> KnowledgeEntry.updatedSince(since));
        for (int i = 0; i < changed.size(); i += PAGE) {
            copy(target, changed.subList(i, Math.min(changed.size(), i + PAGE)));
        }
    }

    private void copy(String target, List<Long> ids) {
        index.writeAll(target, QuarkusTransaction.requiringNew().call(() -> documents.writesFor(ids)));
    }
}

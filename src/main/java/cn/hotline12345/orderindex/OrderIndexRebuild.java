package cn.hotline12345.orderindex;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * Builds a new order index from PostgreSQL and points the alias at it, so the order list keeps
 * answering from the old one meanwhile. Orders changed during the copy (a higher search version
 * than the last one handed out when it began) are written again before and after the swap.
 */
@ApplicationScoped
public class OrderIndexRebuild {

    private static final Logger LOG = Logger.getLogger(OrderIndexRebuild.class);
    private static final int PAGE = 1000;

    @Inject
    OrderIndex index;

    @Inject
    OrderDocuments documents;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean indexKnownToExist;

    public record Result(String index, long documents, long millis) {
    }

    public void ensureIndex() {
        if (indexKnownToExist) {
            return;
        }
        if (!index.aliasExists()) {
            LOG.infof("order index alias %s missing: building it from the database", index.alias());
            rebuild();
        }
        indexKnownToExist = true;
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.index-rebuild-running");
        }
        try {
            long started = System.nanoTime();
            long since = QuarkusTransaction.requiringNew().call(documents::lastSearchVersion);
            String target = index.createIndex();
            long copied = 0;
            long afterId = 0;
            while (true) {
                long from = afterId;
                List<Long> ids = QuarkusTransaction.requiringNew().call(() -> documents.idsAfter(from, PAGE));
                if (ids.isEmpty()) {
                    break;
                }
                copy(target, ids);
                copied += ids.size();
                afterId = ids.get(ids.size() - 1);
            }
            catchUp(target, since);
            try {
                index.mergeIntoOneSegment(target);
            } catch (RuntimeException e) {
                LOG.warnf("order index %s not merged into one segment, swapped anyway: %s", target, e.getMessage());
            }
            index.refresh(target);
            index.pointAliasAt(target);
            catchUp(index.alias(), since);
            indexKnownToExist = true;
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("order index %s built: %d orders in %d ms", target, copied, millis);
            return new Result(target, copied, millis);
        } finally {
            running.set(false);
        }
    }

    private void catchUp(String target, long since) {
        List<Long> changed = QuarkusTransaction.requiringNew().call(() -> documents.changedAfter(since));
        for (int i = 0; i < changed.size(); i += PAGE) {
            copy(target, changed.subList(i, Math.min(changed.size(), i + PAGE)));
        }
    }

    private void copy(String target, List<Long> ids) {
        index.writeAll(target, QuarkusTransaction.requiringNew().call(() -> documents.writesFor(ids)));
    }
}

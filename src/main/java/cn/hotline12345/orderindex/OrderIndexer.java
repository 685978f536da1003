package cn.hotline12345.orderindex;

import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import cn.hotline12345.search.Outbox;

/**
 * Feeds the order index from work_order_outbox, which a trigger fills in the transaction of every
 * change. Each batch is sent and its rows deleted in one transaction: while Elasticsearch is down
 * nothing is deleted and the same rows are tried again; versions make a repeat harmless.
 */
@ApplicationScoped
public class OrderIndexer {

    private static final Logger LOG = Logger.getLogger(OrderIndexer.class);
    private static final Outbox OUTBOX = new Outbox("work_order_outbox", "work_order_id");

    @Inject
    EntityManager em;

    @Inject
    OrderIndex index;

    @Inject
    OrderDocuments documents;

    @Inject
    OrderIndexConfig config;

    @Inject
    OrderIndexRebuild rebuild;

    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean failing;

    @Scheduled(every = "${hotline.orders.indexer-interval:PT1S}", delayed = "PT2S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    /** Works through the outbox until it is empty or Elasticsearch fails; returns the rows done. */
    public int drain() {
        if (!draining.tryLock()) {
            return 0;
        }
        int done = 0;
        try {
            rebuild.ensureIndex();
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(this::drainBatch);
                done += batch;
            } while (batch > 0);
            if (failing) {
                LOG.info("order index reachable again; outbox caught up");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("order index not updated, will retry: %s", e.getMessage());
                failing = true;
            }
        } finally {
            draining.unlock();
        }
        return done;
    }

    int drainBatch() {
        Outbox.Claimed claimed = OUTBOX.claim(em, config.indexerBatchSize());
        if (claimed.isEmpty()) {
            return 0;
        }
        index.writeAll(index.alias(), documents.writesFor(claimed.subjectIds()));
        OUTBOX.done(em, claimed);
        return claimed.rowIds().length;
    }

    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> OUTBOX.backlog(em));
    }
}

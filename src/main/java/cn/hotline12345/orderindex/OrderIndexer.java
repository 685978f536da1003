package cn.hotline12345.orderindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import cn.hotline12345.search.Outbox;
import cn.hotline12345.search.OutboxDrain;

/**
 * Feeds the order index from work_order_outbox, which a trigger fills in the transaction of every
 * change. Each batch is sent and its rows deleted in one transaction: while Elasticsearch is down
 * nothing is deleted and the same rows are tried again; versions make a repeat harmless.
 */
@ApplicationScoped
public class OrderIndexer {

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

    private final OutboxDrain drains = new OutboxDrain("order");

    @Scheduled(every = "${hotline.orders.indexer-interval:PT1S}", delayed = "PT2S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    /** Works through the outbox until it is empty or Elasticsearch fails; returns the rows done. */
    public int drain() {
        return drains.drain(rebuild::ensureIndex, this::drainBatch).rows();
    }

    int drainBatch() {
        return OUTBOX.sendBatch(em, config.indexerBatchSize(), index, documents::writesFor);
    }

    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> OUTBOX.backlog(em));
    }
}

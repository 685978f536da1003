package cn.hotline12345.knowledge;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.scheduler.Scheduled;

import cn.hotline12345.search.Outbox;
import cn.hotline12345.search.OutboxDrain;

/**
 * Feeds Elasticsearch from the outbox. Rows are taken oldest first with FOR UPDATE SKIP LOCKED, so
 * several instances share the work; each batch is sent, and its rows deleted, in one transaction:
 * if Elasticsearch is down nothing is deleted and the same rows are tried again later. Versions
 * make a repeated write harmless.
 */
@ApplicationScoped
public class KnowledgeIndexer {

    private static final Outbox OUTBOX = new Outbox("knowledge_outbox", "entry_id");

    /** Fired after a change commits, so search catches up at once rather than at the next tick. */
    public record Changed() {
    }

    @Inject
    EntityManager em;

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    KnowledgeConfig config;

    @Inject
    KnowledgeRebuild rebuild;

    @Inject
    KnowledgeCompaction compaction;

    private final OutboxDrain drains = new OutboxDrain("knowledge");
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "knowledge-indexer");
        thread.setDaemon(true);
        return thread;
    });

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        wakeUps.execute(this::drain);
    }

    @Scheduled(every = "${hotline.knowledge.indexer-interval:PT1S}", delayed = "PT2S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    /** Works through the outbox until it is empty or Elasticsearch fails; returns the rows done. */
    public int drain() {
        OutboxDrain.Done done = drains.drain(rebuild::ensureIndex, this::drainBatch);
        compaction.indexed(done.rows(), done.caughtUp());
        return done.rows();
    }

    /** One batch, inside the transaction {@link #drain()} opened for it. */
    int drainBatch() {
        return OUTBOX.sendBatch(em, config.indexerBatchSize(), index, documents::writesFor);
    }

    public long backlog() {
        return OUTBOX.backlog(em);
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }
}

package cn.hotline12345.search;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Works through an outbox into its index: batch after batch, each in a transaction of its own,
 * until it is empty or Elasticsearch fails. One drain at a time per instance; a failure is logged
 * once, and the recovery too. The rows stay in the outbox until their batch was written.
 */
public final class OutboxDrain {

    /** What a drain did: the rows written, and whether the outbox was found empty at the end. */
    public record Done(int rows, boolean caughtUp) {
    }

    private final Logger log;
    private final String what;
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean failing;

    public OutboxDrain(String what) {
        this.log = Logger.getLogger(OutboxDrain.class.getName() + "." + what);
        this.what = what;
    }

    /**
     * Runs {@code beforeFirst} (making sure the index exists), then {@code batch} in a new
     * transaction each time until it answers 0.
     */
    public Done drain(Runnable beforeFirst, IntSupplier batch) {
        if (!draining.tryLock()) {
            return new Done(0, false);
        }
        int done = 0;
        try {
            beforeFirst.run();
            int rows;
            do {
                rows = QuarkusTransaction.requiringNew().call(batch::getAsInt);
                done += rows;
            } while (rows > 0);
            if (failing) {
                log.infof("%s index reachable again; outbox caught up", what);
                failing = false;
            }
            return new Done(done, true);
        } catch (RuntimeException e) {
            if (!failing) {
                log.warnf("%s index not updated, will retry: %s", what, e.getMessage());
                failing = true;
            }
            return new Done(done, false);
        } finally {
            draining.unlock();
        }
    }
}

package cn.hotline12345.telephony;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Takes PBX events from the AMI reader and writes them in batches on a thread of its own, so a slow
 * database never stalls the reader for long (beyond the buffer it waits, it never drops). A batch
 * that fails is tried again until it is written.
 */
@ApplicationScoped
public class CallEventIngest {

    private static final Logger LOG = Logger.getLogger(CallEventIngest.class);

    @Inject
    CallLedger ledger;

    @Inject
    TelephonyConfig config;

    @Inject
    MeterRegistry meters;

    private BlockingQueue<PbxEvent> buffer;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running = true;
    private Thread writer;
    private Counter stored;
    private Counter duplicates;
    private Counter rejected;
    private Timer batches;

    @PostConstruct
    void init() {
        buffer = new ArrayBlockingQueue<>(config.bufferSize());
        stored = meters.counter("hotline.telephony.events", "outcome", "stored");
        duplicates = meters.counter("hotline.telephony.events", "outcome", "duplicate");
        rejected = meters.counter("hotline.telephony.events", "outcome", "rejected");
        batches = meters.timer("hotline.telephony.event.batches");
        meters.gauge("hotline.telephony.event.buffer", buffer, BlockingQueue::size);
        writer = new Thread(this::writeLoop, "pbx-event-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues an event for writing; waits while the buffer is full. */
    public void accept(PbxEvent event) {
        try {
            buffer.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a PBX event", e);
        }
    }

    /** Waits until every event accepted so far is written (tests, shutdown). */
    public boolean awaitWritten(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (buffer.isEmpty() && inFlight.get() == 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private void writeLoop() {
        long flushNanos = config.flushEvery().toNanos();
        while (running || !buffer.isEmpty()) {
            try {
                PbxEvent first = buffer.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                inFlight.incrementAndGet();
                try {
                    List<PbxEvent> batch = new ArrayList<>();
                    batch.add(first);
                    long until = System.nanoTime() + flushNanos;
                    while (batch.size() < config.batchSize()) {
                        PbxEvent next = buffer.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                    }
                    write(batch);
                } finally {
                    inFlight.decrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Writes a batch, trying again while the database is away. A batch the database refuses for its
     * content is written event by event, so that one bad event is set aside (logged, counted) and
     * never stops the recording of the calls after it.
     */
    private void write(List<PbxEvent> batch) throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                CallLedger.Applied applied = batches.recordCallable(() -> ledger.apply(batch));
                stored.increment(applied.stored());
                duplicates.increment(applied.received() - applied.stored());
                return;
            } catch (Exception e) {
                if (refusedForContent(e)) {
                    if (batch.size() == 1) {
                        rejected.increment();
                        LOG.errorf("a PBX event was refused by the database and set aside: %s (%s)", batch.get(0),
                                e.getMessage());
                        return;
                    }
                    for (PbxEvent event : batch) {
                        write(List.of(event));
                    }
                    return;
                }
                LOG.warnf("writing %d PBX events failed (%s); trying again in %d ms", batch.size(), e.getMessage(),
                        backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    /** Data and integrity errors (SQLSTATE classes 22 and 23) will fail again however often they are tried. */
    static boolean refusedForContent(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        awaitWritten(5_000);
        running = false;
    }
}

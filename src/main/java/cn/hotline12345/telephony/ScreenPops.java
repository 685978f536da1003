package cn.hotline12345.telephony;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import cn.hotline12345.workorder.WorkOrder;

/**
 * Screen pops. Whichever instance reads AMI announces a newly answered call with a PostgreSQL
 * NOTIFY in the transaction that records it; every instance LISTENs and pushes the pop to the
 * browsers of that agent connected to it (server-sent events).
 */
@ApplicationScoped
public class ScreenPops {

    private static final Logger LOG = Logger.getLogger(ScreenPops.class);

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    private final BroadcastProcessor<ScreenPop> pops = BroadcastProcessor.create();
    private volatile boolean running = true;
    private Thread listener;
    private Timer delay;

    void onStart(@Observes StartupEvent event) {
        delay = meters.timer("hotline.telephony.screen.pop.delay");
        listener = new Thread(this::listen, "screen-pop-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * The pops for one extension, as they come, after a first empty one (no call) that tells the
     * browser it is listening.
     */
    public Multi<ScreenPop> popsFor(String extension) {
        ScreenPop listening = new ScreenPop(null, extension, null, null, null, null, List.of(), List.of(), null);
        return Multi.createBy().merging().streams(pops.filter(pop -> extension.equals(pop.extension())),
                Multi.createFrom().item(listening));
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CallLedger.ANSWERED_CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        publish(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("screen pop listener lost its database connection (%s); listening again", e.getMessage());
                    sleep(1_000);
                }
            }
        }
    }

    private void publish(String linkedId) {
        try {
            ScreenPop pop = QuarkusTransaction.requiringNew().call(() -> build(linkedId));
            if (pop != null) {
                if (pop.answeredAt() != null) {
                    delay.record(java.time.Duration.between(pop.answeredAt(), Instant.now()));
                }
                pops.onNext(pop);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not build the screen pop of call %s", linkedId);
        }
    }

    private ScreenPop build(String linkedId) {
        CallRecord call = CallRecord.byLinkedId(linkedId).orElse(null);
        if (call == null || call.agentExtension == null) {
            return null;
        }
        List<ScreenPop.PastCall> past = List.of();
        List<ScreenPop.OpenOrder> open = List.of();
        if (call.callerNumber != null) {
            past = CallRecord.<CallRecord>find("#CallRecord.ofCaller", call.callerNumber).page(0, 6).list().stream()
                    .filter(c -> !c.linkedId.equals(linkedId)).limit(5)
                    .map(c -> new ScreenPop.PastCall(c.startedAt, c.queue, c.talkSeconds, c.abandoned, c.agentExtension))
                    .toList();
            open = WorkOrder.<WorkOrder>find("callerNumber = ?1 order by registeredAt desc", call.callerNumber)
                    .page(0, 20).list().stream().filter(o -> o.state.isOpen()).limit(5)
                    .map(o -> new ScreenPop.OpenOrder(o.id, o.number, o.summary, o.state.name(), o.registeredAt))
                    .toList();
        }
        String register = "/orders/new?call=" + URLEncoder.encode(linkedId, StandardCharsets.UTF_8)
                + (call.callerNumber == null ? "" : "&caller=" + URLEncoder.encode(call.callerNumber, StandardCharsets.UTF_8))
                + (call.menuChoice == null ? "" : "&menu=" + call.menuChoice);
        return new ScreenPop(linkedId, call.agentExtension, call.callerNumber, call.menuChoice, call.queue,
                call.answeredAt, past, open, register);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        pops.onComplete();
    }
}

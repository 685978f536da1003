package cn.hotline12345.telephony;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Closes the gap after a time away from the PBX: asks it which channels are active and lets
 * {@link Reconciliation} decide which calls ended or started meanwhile. Runs on the supervisor's
 * thread after every login, and periodically as a safety net.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    @Inject
    CallEventIngest ingest;

    @Inject
    TelephonyConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    /** Returns the number of events it added. */
    public int reconcile(ManagerConnection connection) throws Exception {
        // What was read before is written first, so that the ledger is as complete as it can be.
        ingest.awaitWritten(config.ami().timeout().toMillis());
        List<Reconciliation.OpenCall> open = QuarkusTransaction.requiringNew().call(() -> CallRecord
                .<CallRecord>find("#CallRecord.open").list().stream()
                .map(c -> new Reconciliation.OpenCall(c.linkedId, c.callerUniqueId, c.answeredAt != null)).toList());
        Instant now = clock.instant();
        ResponseEvents snapshot = connection.sendEventGeneratingAction(new CoreShowChannelsAction(),
                config.ami().timeout().toMillis());
        List<Reconciliation.ActiveChannel> active = snapshot.getEvents().stream()
                .filter(CoreShowChannelEvent.class::isInstance).map(CoreShowChannelEvent.class::cast)
                .map(c -> new Reconciliation.ActiveChannel(c.getChannel(), c.getUniqueid(), c.getLinkedid(),
                        c.getContext(), c.getApplication(), c.getApplicationdata(), seconds(c.getDuration()),
                        c.getCallerIdNum(), c.getBridgeid()))
                .toList();
        // Calls that started after the open calls were read, and whose events are on their way.
        ingest.awaitWritten(config.ami().timeout().toMillis());
        Set<String> activeIds = new HashSet<>();
        active.forEach(c -> activeIds.add(c.linkedId()));
        Set<String> known = new HashSet<>();
        if (!activeIds.isEmpty()) {
            known.addAll(QuarkusTransaction.requiringNew().call(() -> CallRecord.getEntityManager()
                    .createNamedQuery("CallRecord.known", String.class).setParameter(1, activeIds).getResultList()));
        }
        List<Reconciliation.ActiveChannel> unknownOrOpen = active.stream()
                .filter(c -> !known.contains(c.linkedId()) || open.stream().anyMatch(o -> o.linkedId().equals(c.linkedId())))
                .toList();
        List<PbxEvent> events = Reconciliation.events(open, unknownOrOpen, config.inboundContext(), now);
        events.forEach(ingest::accept);
        meters.counter("hotline.telephony.reconciled.events").increment(events.size());
        if (!events.isEmpty()) {
            LOG.infof("reconciled with the PBX: %d open calls, %d active channels, %d events added", open.size(),
                    active.size(), events.size());
        }
        return events.size();
    }

    private static long seconds(String duration) {
        // CoreShowChannels reports HH:MM:SS (or plain seconds in older versions).
        if (duration == null || duration.isBlank()) {
            return 0;
        }
        String[] parts = duration.split(":");
        long total = 0;
        for (String part : parts) {
            total = total * 60 + Long.parseLong(part.strip());
        }
        return total;
    }
}

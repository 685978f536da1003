package cn.hotline12345.telephony;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@link Reconciliation} decide which calls ended or started meanwhile; calls that both began and
 * ended meanwhile are made from the CDRs the PBX wrote into pbx_cdr ({@link CdrRecovery}). Runs on
 * the supervisor's thread after every login, and periodically as a safety net.
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
        boolean written = ingest.awaitWritten(config.ami().timeout().toMillis());
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
        // With events still waiting to be written, a call the adapter saw could look unseen.
        return events.size() + (written ? recoverFromCdrs(activeIds, now) : 0);
    }

    /**
     * Calls without a record that have been over for a while, from the CDRs the PBX wrote; returns
     * the events added. A failure here is logged and leaves the rest of the reconciliation alone.
     */
    private int recoverFromCdrs(Set<String> activeIds, Instant now) {
        List<Object[]> rows;
        try {
            rows = unrecordedCdrs(CdrRecovery.epochSeconds(now.minus(config.cdrLookback())),
                    CdrRecovery.epochSeconds(now.minus(config.cdrSettle())));
        } catch (RuntimeException e) {
            LOG.warnf("the PBX's CDRs could not be read: %s", e.getMessage());
            return 0;
        }
        Map<String, List<PbxCdr>> calls = new LinkedHashMap<>();
        for (Object[] row : rows) {
            PbxCdr cdr = new PbxCdr((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], (String) row[7], CdrRecovery.instant((Number) row[8]),
                    CdrRecovery.instant((Number) row[9]), CdrRecovery.instant((Number) row[10]), integer(row[11]),
                    integer(row[12]), (String) row[13]);
            if (!activeIds.contains(cdr.linkedId())) {
                calls.computeIfAbsent(cdr.linkedId(), id -> new ArrayList<>()).add(cdr);
            }
        }
        int added = 0;
        int recovered = 0;
        for (Map.Entry<String, List<PbxCdr>> call : calls.entrySet()) {
            try {
                List<PbxEvent> events = CdrRecovery.events(call.getValue(), config.inboundContext());
                events.forEach(ingest::accept);
                added += events.size();
                recovered += events.isEmpty() ? 0 : 1;
            } catch (RuntimeException e) {
                LOG.warnf("call %s not recovered from the PBX's CDRs: %s", call.getKey(), e.getMessage());
            }
        }
        if (recovered > 0) {
            meters.counter("hotline.telephony.recovered.calls").increment(recovered);
            LOG.infof("%d calls without a record recovered from the PBX's CDRs", recovered);
        }
        return added;
    }

    /** Every CDR of the calls that started since then, were over by then and have no record. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> unrecordedCdrs(double since, double settled) {
        return QuarkusTransaction.requiringNew().call(() -> CallRecord.getEntityManager().createNativeQuery("""
                select c.linkedid, c.uniqueid, c.src, c.dcontext, c.channel, c.dstchannel, c.lastapp, c.lastdata,
                       c.start, c.answer, c."end", c.duration, c.billsec, c.disposition
                from pbx_cdr c
                where c.linkedid in (
                    select d.linkedid from pbx_cdr d
                    where d.start >= :since and d.linkedid is not null
                      and not exists (select 1 from call_record r where r.linked_id = left(d.linkedid, 64))
                    group by d.linkedid
                    having max(coalesce(d."end", d.start)) < :settled)
                order by c.linkedid, c.start""").setParameter("since", since).setParameter("settled", settled)
                .getResultList());
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
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

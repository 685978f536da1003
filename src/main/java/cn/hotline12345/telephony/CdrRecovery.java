package cn.hotline12345.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The events of a call the adapter never saw (it began and ended while the adapter was away from
 * the PBX), made from the CDRs the PBX wrote for it. Asterisk writes one CDR per pairing of
 * channels: the caller's leg in the inbound context has one row per agent its queue rang, with
 * that agent's channel as the destination. That row's answer time is the caller channel's own (the
 * welcome answered it), so when the agent took the call and how long they talked come from the
 * agent leg's own CDR; without one (an agent phone that runs no dialplan of its own) they stay
 * unknown. The events go through the same ledger and fold as the PBX's own, so a second recovery
 * adds nothing; they are marked as recovered, and the fold sets them aside once the PBX's own
 * events of the call make a record. What CDRs do not tell (the menu choice, the recording, who
 * hung up, the survey) stays empty.
 */
public final class CdrRecovery {

    /** The hang-up cause text of a recovered call. */
    public static final String RECOVERED = "recovered from the PBX's CDRs";

    /** The numbering Asterisk appends to a channel's name: -0000002a, and ;1 or ;2 on Local channels. */
    private static final Pattern CHANNEL_NUMBER = Pattern.compile("-[0-9a-f]{8}(;\\d)?$");
    /** The half of a Local channel pair: ;1 faces the caller, ;2 runs the agent's side. */
    private static final Pattern LOCAL_HALF = Pattern.compile(";\\d$");

    private CdrRecovery() {
    }

    /** The events of one call from its CDRs; none if it never reached the inbound context. */
    public static List<PbxEvent> events(List<PbxCdr> cdrs, String inboundContext) {
        List<PbxCdr> callerLeg = cdrs.stream().filter(c -> inboundContext.equals(c.context()) && c.start() != null)
                .sorted(Comparator.comparing(PbxCdr::start)).toList();
        if (callerLeg.isEmpty()) {
            return List.of();
        }
        PbxCdr first = callerLeg.get(0);
        List<PbxEvent> events = new ArrayList<>();
        events.add(event(PbxEventKind.CALL_START, first, first.start()));
        List<PbxCdr> queued = callerLeg.stream().filter(c -> "Queue".equalsIgnoreCase(c.lastApplication())).toList();
        if (!queued.isEmpty()) {
            Instant joined = queued.get(0).start();
            String queue = queueName(queued.get(0).lastData());
            events.add(event(PbxEventKind.QUEUE_JOIN, first, joined).withQueue(queue, null, null));
            PbxCdr answered = null;
            for (PbxCdr attempt : queued) {
                String agent = agentInterface(attempt.destinationChannel());
                if (agent == null) {
                    continue;
                }
                events.add(event(PbxEventKind.AGENT_CALLED, first, attempt.start())
                        .withQueue(queue, Reconciliation.extensionOf(attempt.destinationChannel()), agent));
                if (answered == null && "ANSWERED".equalsIgnoreCase(attempt.disposition()) && attempt.answer() != null) {
                    answered = attempt;
                }
            }
            if (answered != null) {
                String agent = agentInterface(answered.destinationChannel());
                String extension = Reconciliation.extensionOf(answered.destinationChannel());
                PbxCdr agentLeg = agentLeg(cdrs, answered.destinationChannel());
                if (agentLeg != null) {
                    Integer wait = seconds(joined, agentLeg.answer());
                    events.add(event(PbxEventKind.AGENT_CONNECT, first, agentLeg.answer())
                            .withQueue(queue, extension, agent).withTimes(wait, null, null));
                    Instant done = answered.end() == null ? agentLeg.answer() : answered.end();
                    events.add(event(PbxEventKind.AGENT_COMPLETE, first, done).withQueue(queue, extension, agent)
                            .withTimes(wait, agentLeg.billableSeconds(), null));
                } else {
                    // Answered by this agent, but when is not written anywhere: wait and talk stay unknown.
                    events.add(event(PbxEventKind.AGENT_CONNECT, first, answered.start())
                            .withQueue(queue, extension, agent));
                }
            } else {
                PbxCdr last = queued.get(queued.size() - 1);
                Instant left = last.end() == null ? last.start() : last.end();
                events.add(event(PbxEventKind.QUEUE_ABANDON, first, left).withQueue(queue, null, null)
                        .withTimes(seconds(joined, left), null, null));
            }
        }
        Instant ended = callerLeg.stream().map(c -> c.end() == null ? c.start() : c.end()).max(Comparator.naturalOrder())
                .orElseThrow();
        events.add(event(PbxEventKind.HANGUP, first, ended).withCause(null, RECOVERED));
        for (PbxCdr cdr : callerLeg) {
            events.add(PbxEvent.of(PbxEventKind.CDR, first.linkedId(), cdr.uniqueId(), cdr.end() == null ? cdr.start()
                    : cdr.end()).withChannel(cdr.channel(), cdr.source())
                    .withCdr(cdr.disposition(), cdr.durationSeconds(), cdr.billableSeconds()));
        }
        return events.stream().map(event -> event.asRecovered().fitted()).toList();
    }

    /** A time as cdr_pgsql writes it into a float8 column: seconds since the epoch, with microseconds. */
    public static Instant instant(Number epochSeconds) {
        if (epochSeconds == null) {
            return null;
        }
        double value = epochSeconds.doubleValue();
        long seconds = (long) Math.floor(value);
        long micros = Math.round((value - seconds) * 1_000_000);
        return Instant.ofEpochSecond(seconds).plusNanos(micros * 1_000);
    }

    public static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** The answered CDR of the agent's own channel: Local/8001@agents-00000009;2 for a destination ...;1. */
    private static PbxCdr agentLeg(List<PbxCdr> cdrs, String destination) {
        String channel = LOCAL_HALF.matcher(destination).replaceFirst("");
        return cdrs.stream().filter(c -> c.channel() != null && c.answer() != null
                && LOCAL_HALF.matcher(c.channel()).replaceFirst("").equals(channel)).findFirst().orElse(null);
    }

    private static PbxEvent event(PbxEventKind kind, PbxCdr caller, Instant at) {
        return PbxEvent.of(kind, caller.linkedId(), caller.uniqueId(), at).withChannel(caller.channel(), caller.source());
    }

    /** The queue named first in Queue()'s arguments: "hotline-consult,cr,,,600". */
    static String queueName(String arguments) {
        if (arguments == null || arguments.isBlank()) {
            return null;
        }
        return arguments.split(",")[0].strip();
    }

    /** The agent's interface without Asterisk's channel numbering: Local/8001@agents-00000009;1 → Local/8001@agents. */
    static String agentInterface(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        return CHANNEL_NUMBER.matcher(channel.strip()).replaceFirst("");
    }

    private static Integer seconds(Instant from, Instant to) {
        return from == null || to == null ? null : (int) Math.max(0, Duration.between(from, to).toSeconds());
    }
}

package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the adapter must add to the ledger after a time away from the PBX (a lost connection, a
 * takeover, a restart), from what the PBX says is active now. Asterisk keeps no backlog of events
 * for a manager that was away, so the gap is closed from its channel list:
 * <ul>
 * <li>a call the ledger has open but the PBX no longer has ended meanwhile;</li>
 * <li>a call in the inbound context the ledger does not know started meanwhile: it starts now
 * (its start, queue and agent as far as the channel list tells).</li>
 * </ul>
 * The events made here go through the same ledger as the PBX's own, so a repeat changes nothing.
 */
public final class Reconciliation {

    /** One active channel, as CoreShowChannels reports it. */
    public record ActiveChannel(String channel, String uniqueId, String linkedId, String context, String application,
            String applicationData, long durationSeconds, String callerNumber, String bridgeId) {
    }

    /** A call the ledger has not seen end. */
    public record OpenCall(String linkedId, String callerUniqueId, boolean answered) {
    }

    private Reconciliation() {
    }

    public static List<PbxEvent> events(List<OpenCall> open, List<ActiveChannel> active, String inboundContext,
            Instant now) {
        Set<String> activeCalls = active.stream().map(ActiveChannel::linkedId).collect(Collectors.toSet());
        Set<String> known = open.stream().map(OpenCall::linkedId).collect(Collectors.toSet());
        List<PbxEvent> events = new ArrayList<>();
        for (OpenCall call : open) {
            if (!activeCalls.contains(call.linkedId()) && call.callerUniqueId() != null) {
                events.add(PbxEvent.of(PbxEventKind.RECONCILED_END, call.linkedId(), call.callerUniqueId(), now));
            }
        }
        Map<String, ActiveChannel> callers = new HashMap<>();
        for (ActiveChannel channel : active) {
            if (inboundContext.equals(channel.context()) && !known.contains(channel.linkedId())) {
                callers.putIfAbsent(channel.linkedId(), channel);
            }
        }
        for (ActiveChannel caller : callers.values()) {
            Instant started = now.minusSeconds(caller.durationSeconds());
            events.add(PbxEvent.of(PbxEventKind.CALL_START, caller.linkedId(), caller.uniqueId(), started)
                    .withChannel(caller.channel(), caller.callerNumber()));
            if ("Queue".equalsIgnoreCase(caller.application())) {
                String queue = caller.applicationData() == null ? null : caller.applicationData().split(",")[0];
                events.add(PbxEvent.of(PbxEventKind.QUEUE_JOIN, caller.linkedId(), caller.uniqueId(), started)
                        .withChannel(caller.channel(), caller.callerNumber()).withQueue(queue, null, null));
                String agent = extensionOf(partner(caller, active));
                if (agent != null) {
                    // Talking to an agent already: answered at the latest now.
                    events.add(PbxEvent.of(PbxEventKind.AGENT_CONNECT, caller.linkedId(), caller.uniqueId(), now)
                            .withChannel(caller.channel(), caller.callerNumber()).withQueue(queue, agent, null));
                }
            }
        }
        return events;
    }

    /** The other channel in the caller's bridge: the agent's leg when the caller is talking to one. */
    private static String partner(ActiveChannel caller, List<ActiveChannel> active) {
        if (caller.bridgeId() == null || caller.bridgeId().isBlank()) {
            return null;
        }
        return active.stream().filter(c -> caller.bridgeId().equals(c.bridgeId()) && !caller.uniqueId().equals(c.uniqueId()))
                .map(ActiveChannel::channel).findFirst().orElse(null);
    }

    /** The extension in an agent channel's name: PJSIP/8001-0000002a or Local/8001@context-00000003;1. */
    static String extensionOf(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        int slash = channel.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String rest = channel.substring(slash + 1);
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? null : rest.substring(0, end);
    }
}

package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds a call's events into its record. The result depends only on the set of events, never on
 * the order they arrived in or on how often one was seen, which is what makes replays, duplicates
 * and events recovered after a disconnect harmless.
 */
public final class CallFold {

    private CallFold() {
    }

    /**
     * The record for these events of one call, or empty if they do not show a call to the hotline.
     * Events made from the PBX's CDRs stand in only for a call whose own events make no record:
     * mixed with the PBX's own they would count a talk twice.
     */
    public static Optional<CallFacts> fold(List<PbxEvent> events) {
        Optional<CallFacts> sent = foldAll(events.stream().filter(event -> !event.recovered()).toList());
        return sent.isPresent() ? sent : foldAll(events.stream().filter(PbxEvent::recovered).toList());
    }

    private static Optional<CallFacts> foldAll(List<PbxEvent> events) {
        // One of each event: the ledger stores each once, but a fold must not depend on that.
        Map<String, PbxEvent> distinct = new LinkedHashMap<>();
        for (PbxEvent event : events) {
            distinct.putIfAbsent(identity(event), event);
        }
        List<PbxEvent> sorted = distinct.values().stream().sorted(Comparator.comparing(PbxEvent::at)
                .thenComparing(e -> e.kind().ordinal()).thenComparing(PbxEvent::detailKey)).toList();
        PbxEvent entry = first(sorted, PbxEventKind.QUEUE_JOIN);
        if (entry == null) {
            entry = first(sorted, PbxEventKind.MENU);
        }
        if (entry == null) {
            entry = first(sorted, PbxEventKind.CALL_START);
        }
        if (entry == null) {
            return Optional.empty();
        }
        String linkedId = entry.linkedId();
        String caller = entry.uniqueId();
        Instant startedAt = sorted.get(0).at();
        String callerNumber = null;
        String menuChoice = null;
        String queue = null;
        String recording = null;
        Instant enqueuedAt = null;
        Instant answeredAt = null;
        Instant endedAt = null;
        Integer wait = null;
        Integer talk = null;
        String agentExtension = null;
        String agentInterface = null;
        String completedBy = null;
        Integer cause = null;
        String causeText = null;
        boolean abandoned = false;
        Integer abandonWait = null;
        Set<String> rung = new HashSet<>();
        Instant reconciledEnd = null;
        PbxEvent cdr = null;
        for (PbxEvent event : sorted) {
            boolean onCaller = caller.equals(event.uniqueId());
            if (onCaller && callerNumber == null && usable(event.callerNumber())) {
                callerNumber = event.callerNumber();
            }
            switch (event.kind()) {
                case MENU -> menuChoice = menuChoice == null ? event.choice() : menuChoice;
                case RECORDING -> recording = recording == null ? event.file() : recording;
                case QUEUE_JOIN -> {
                    if (enqueuedAt == null) {
                        enqueuedAt = event.at();
                        queue = event.queue();
                    }
                }
                case AGENT_CALLED -> rung.add(event.memberInterface());
                case AGENT_CONNECT -> {
                    // The first agent to answer is the call's agent; a transfer later does not change it.
                    if (answeredAt == null) {
                        answeredAt = event.at();
                        wait = event.holdSeconds();
                        agentExtension = event.memberName();
                        agentInterface = event.memberInterface();
                        queue = queue == null ? event.queue() : queue;
                    }
                }
                case AGENT_COMPLETE -> {
                    talk = (talk == null ? 0 : talk) + (event.talkSeconds() == null ? 0 : event.talkSeconds());
                    completedBy = event.reason();
                    if (answeredAt == null) {
                        // The connect was missed (the adapter was away): the end tells who and since when.
                        answeredAt = event.talkSeconds() == null ? event.at() : event.at().minusSeconds(event.talkSeconds());
                        wait = event.holdSeconds();
                        agentExtension = event.memberName();
                        agentInterface = event.memberInterface();
                    }
                    // A connect made up after a time away knows neither the wait nor (always) the agent.
                    wait = wait == null ? event.holdSeconds() : wait;
                    agentExtension = agentExtension == null ? event.memberName() : agentExtension;
                }
                case QUEUE_ABANDON -> {
                    abandoned = true;
                    abandonWait = event.holdSeconds();
                }
                case HANGUP -> {
                    if (onCaller && endedAt == null) {
                        endedAt = event.at();
                        cause = event.cause();
                        causeText = event.causeText();
                    }
                }
                case RECONCILED_END -> reconciledEnd = reconciledEnd == null ? event.at() : reconciledEnd;
                case CDR -> {
                    // The caller channel's longest record is the call's (a channel can have several).
                    if (onCaller && (cdr == null || duration(event) > duration(cdr))) {
                        cdr = event;
                    }
                }
                default -> {
                }
            }
        }
        if (endedAt == null && reconciledEnd != null) {
            // Ended while the adapter was away: the end is known only as "by then". A caller who was
            // still waiting is treated as abandoned, so that someone calls back.
            endedAt = reconciledEnd;
            causeText = "ended while the PBX was not connected";
            if (answeredAt == null && enqueuedAt != null) {
                abandoned = true;
            }
            if (answeredAt != null && completedBy == null) {
                completedBy = "unknown";
            }
        }
        if (answeredAt != null) {
            abandoned = false;
        } else if (abandoned && abandonWait != null) {
            wait = abandonWait;
        }
        CallState state = endedAt != null ? CallState.ENDED
                : answeredAt != null && completedBy == null ? CallState.CONNECTED
                        : enqueuedAt != null && answeredAt == null ? CallState.QUEUED : CallState.IVR;
        if (endedAt == null && completedBy != null) {
            // The agent has hung up and the caller is in the survey: the call with the hotline is over.
            state = CallState.ENDED;
        }
        return Optional.of(new CallFacts(linkedId, caller, callerNumber, menuChoice, queue, state, startedAt,
                enqueuedAt, answeredAt, endedAt, wait, talk, agentExtension, agentInterface, rung.size(), abandoned,
                completedBy, cause, causeText, recording, cdr == null ? null : cdr.disposition(),
                cdr == null ? null : cdr.billableSeconds(), sorted.size()));
    }

    private static int duration(PbxEvent cdr) {
        return cdr.holdSeconds() == null ? 0 : cdr.holdSeconds();
    }

    /** What makes an event the same event: the key of the ledger's table. */
    private static String identity(PbxEvent event) {
        return event.kind() + "|" + event.uniqueId() + "|" + event.at() + "|" + event.detailKey();
    }

    private static PbxEvent first(List<PbxEvent> sorted, PbxEventKind kind) {
        return sorted.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
    }

    private static boolean usable(String number) {
        return number != null && !number.isBlank() && !"<unknown>".equals(number);
    }
}

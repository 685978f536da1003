package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.Optional;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.CdrEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;

/** Turns the AMI library's events into the adapter's own; everything else is not a call's business. */
public final class PbxEvents {

    private final String inboundContext;

    public PbxEvents(String inboundContext) {
        this.inboundContext = inboundContext;
    }

    public Optional<PbxEvent> from(ManagerEvent event) {
        Instant at = instant(event);
        PbxEvent converted = null;
        if (event instanceof NewChannelEvent e) {
            if (inboundContext.equals(e.getContext())) {
                converted = PbxEvent.of(PbxEventKind.CALL_START, e.getLinkedid(), e.getUniqueId(), at)
                        .withChannel(e.getChannel(), e.getCallerIdNum());
            }
        } else if (event instanceof HotlineMenuEvent e) {
            converted = PbxEvent.of(PbxEventKind.MENU, e.getLinkedid(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum()).withChoice(e.getChoice());
        } else if (event instanceof HotlineRecordingEvent e) {
            converted = PbxEvent.of(PbxEventKind.RECORDING, e.getLinkedid(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum()).withFile(e.getFile());
        } else if (event instanceof QueueCallerJoinEvent e) {
            converted = PbxEvent.of(PbxEventKind.QUEUE_JOIN, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum()).withQueue(e.getQueue(), null, null);
        } else if (event instanceof QueueCallerAbandonEvent e) {
            converted = PbxEvent.of(PbxEventKind.QUEUE_ABANDON, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum()).withQueue(e.getQueue(), null, null)
                    .withTimes(e.getHoldTime(), null, null);
        } else if (event instanceof AgentCalledEvent e) {
            converted = PbxEvent.of(PbxEventKind.AGENT_CALLED, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum())
                    .withQueue(e.getQueue(), e.getMemberName(), e.getInterface());
        } else if (event instanceof AgentRingNoAnswerEvent e) {
            converted = PbxEvent.of(PbxEventKind.AGENT_RING_NO_ANSWER, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum())
                    .withQueue(e.getQueue(), e.getMemberName(), e.getInterface());
        } else if (event instanceof AgentConnectEvent e) {
            converted = PbxEvent.of(PbxEventKind.AGENT_CONNECT, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum())
                    .withQueue(e.getQueue(), e.getMemberName(), e.getInterface())
                    .withTimes(seconds(e.getHoldTime()), null, null);
        } else if (event instanceof AgentCompleteEvent e) {
            converted = PbxEvent.of(PbxEventKind.AGENT_COMPLETE, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum())
                    .withQueue(e.getQueue(), e.getMemberName(), e.getInterface())
                    .withTimes(seconds(e.getHoldTime()), seconds(e.getTalkTime()), e.getReason());
        } else if (event instanceof CdrEvent e) {
            String linkedId = dynamic(e, "linkedid");
            converted = PbxEvent.of(PbxEventKind.CDR, linkedId, e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getSrc())
                    .withCdr(e.getDisposition(), e.getDuration(), e.getBillableSeconds());
        } else if (event instanceof HangupEvent e) {
            converted = PbxEvent.of(PbxEventKind.HANGUP, e.getLinkedId(), e.getUniqueId(), at)
                    .withChannel(e.getChannel(), e.getCallerIdNum()).withCause(e.getCause(), e.getCauseTxt());
        }
        if (converted == null || converted.linkedId() == null || converted.uniqueId() == null) {
            return Optional.empty();
        }
        return Optional.of(converted.fitted());
    }

    /** A queue member event as the agent's state (member name = extension); other events are not. */
    public Optional<AgentState> agentState(ManagerEvent event) {
        Instant at = instant(event);
        if (event instanceof QueueMemberEvent e && e.getMemberName() != null) {
            // QueueMemberStatus, and the members listed by QueueStatus
            return Optional.of(new AgentState(e.getMemberName(), true, Boolean.TRUE.equals(e.getPaused()),
                    e.getPausedreason(), AgentStatus.ofDeviceState(e.getStatus()), at));
        }
        if (event instanceof QueueMemberPauseEvent e && e.getMemberName() != null) {
            String reason = e.getPausedreason() != null && !e.getPausedreason().isBlank() ? e.getPausedreason() : e.getReason();
            return Optional.of(new AgentState(e.getMemberName(), true, Boolean.TRUE.equals(e.getPaused()),
                    Boolean.TRUE.equals(e.getPaused()) ? reason : null, AgentStatus.ofDeviceState(e.getStatus()), at));
        }
        if (event instanceof QueueMemberAddedEvent e && e.getMemberName() != null) {
            return Optional.of(new AgentState(e.getMemberName(), true, Boolean.TRUE.equals(e.getPaused()), null,
                    AgentStatus.ofDeviceState(e.getStatus()), at));
        }
        if (event instanceof QueueMemberRemovedEvent e && e.getMemberName() != null) {
            return Optional.of(new AgentState(e.getMemberName(), false, false, null, AgentStatus.UNAVAILABLE, at));
        }
        return Optional.empty();
    }

    /** A header the library does not know, such as the Linkedid that cdr_manager.conf maps into CDRs. */
    private static String dynamic(CdrEvent event, String name) {
        if (event.getDynamicProperties() == null) {
            return null;
        }
        return event.getDynamicProperties().entrySet().stream().filter(p -> p.getKey().equalsIgnoreCase(name))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The PBX's own time of the event (timestampevents = yes), else when it was read. */
    static Instant instant(ManagerEvent event) {
        Double timestamp = event.getTimestamp();
        if (timestamp != null) {
            long micros = Math.round(timestamp * 1_000_000d);
            return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
        }
        return event.getDateReceived() != null ? event.getDateReceived().toInstant() : Instant.now();
    }

    private static Integer seconds(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}

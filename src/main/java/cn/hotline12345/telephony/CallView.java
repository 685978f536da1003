package cn.hotline12345.telephony;

import java.time.Instant;

import cn.hotline12345.workorder.Satisfaction;

/** A call record as the API shows it. */
public record CallView(long id, String linkedId, String callerNumber, String menuChoice, String queue, CallState state,
        Instant startedAt, Instant enqueuedAt, Instant answeredAt, Instant endedAt, Integer waitSeconds,
        Integer talkSeconds, String agentExtension, int agentsRung, boolean abandoned, String completedBy,
        Integer hangupCause, String hangupCauseText, String recordingFile, String cdrDisposition, Integer billableSeconds, Satisfaction survey,
        Instant callbackAt) {

    public static CallView of(CallRecord c) {
        return new CallView(c.id, c.linkedId, c.callerNumber, c.menuChoice, c.queue, c.state, c.startedAt, c.enqueuedAt,
                c.answeredAt, c.endedAt, c.waitSeconds, c.talkSeconds, c.agentExtension, c.agentsRung, c.abandoned,
                c.completedBy, c.hangupCause, c.hangupCauseText, c.recordingFile, c.cdrDisposition, c.billableSeconds, c.survey,
                c.callbackAt);
    }
}

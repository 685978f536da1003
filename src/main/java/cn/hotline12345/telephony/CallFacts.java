package cn.hotline12345.telephony;

import java.time.Instant;

/** What a call's events say about it: the content of its call record. */
public record CallFacts(String linkedId, String callerUniqueId, String callerNumber, String menuChoice, String queue,
        CallState state, Instant startedAt, Instant enqueuedAt, Instant answeredAt, Instant endedAt,
        Integer waitSeconds, Integer talkSeconds, String agentExtension, String agentInterface, int agentsRung,
        boolean abandoned, String completedBy, Integer hangupCause, String hangupCauseText, String recordingFile,
        String cdrDisposition, Integer billableSeconds, int events) {
}

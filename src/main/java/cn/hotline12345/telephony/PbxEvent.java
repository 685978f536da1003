package cn.hotline12345.telephony;

import java.time.Instant;

/**
 * One PBX event that concerns a hotline call, in the adapter's own terms (independent of the AMI
 * library's classes, so the rules can be tested and events stored and replayed as they are).
 * Fields a kind does not carry are null. {@code recovered}: made from the PBX's CDRs for a call the
 * adapter never saw ({@link CdrRecovery}), not sent by the PBX.
 */
public record PbxEvent(PbxEventKind kind, String linkedId, String uniqueId, Instant at, String channel,
        String callerNumber, String queue, String memberName, String memberInterface, Integer holdSeconds,
        Integer talkSeconds, String reason, Integer cause, String causeText, String choice, String file,
        String disposition, Integer billableSeconds, boolean recovered) {

    /**
     * The event with every text cut to what the ledger stores (a caller id longer than a column
     * must not stop the recording of every call after it).
     */
    public PbxEvent fitted() {
        return new PbxEvent(kind, cut(linkedId, 64), cut(uniqueId, 64), at, cut(channel, 128), cut(callerNumber, 32),
                cut(queue, 64), cut(memberName, 16), cut(memberInterface, 128), holdSeconds, talkSeconds, cut(reason, 16),
                cause, cut(causeText, 64), cut(choice, 4), cut(file, 255), cut(disposition, 16), billableSeconds, recovered);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public static PbxEvent of(PbxEventKind kind, String linkedId, String uniqueId, Instant at) {
        return new PbxEvent(kind, linkedId, uniqueId, at, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false);
    }

    /** Tells apart two events of one kind on one channel at one instant (e.g. two agents rung). */
    public String detailKey() {
        return switch (kind) {
            case AGENT_CALLED, AGENT_RING_NO_ANSWER, AGENT_CONNECT, AGENT_COMPLETE ->
                memberInterface == null ? "" : memberInterface;
            case MENU -> choice == null ? "" : choice;
            case RECORDING -> file == null ? "" : file;
            case CDR -> disposition + "/" + holdSeconds;
            default -> "";
        };
    }

    public PbxEvent withChannel(String channel, String callerNumber) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    public PbxEvent withQueue(String queue, String memberName, String memberInterface) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    public PbxEvent withTimes(Integer holdSeconds, Integer talkSeconds, String reason) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    public PbxEvent withCause(Integer cause, String causeText) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    public PbxEvent withChoice(String choice) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    /** A CDR: its disposition, its whole duration (kept as hold seconds) and its billable seconds. */
    public PbxEvent withCdr(String disposition, Integer durationSeconds, Integer billableSeconds) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                durationSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    public PbxEvent withFile(String file) {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, recovered);
    }

    /** The event as made from the PBX's CDRs rather than sent by the PBX. */
    public PbxEvent asRecovered() {
        return new PbxEvent(kind, linkedId, uniqueId, at, channel, callerNumber, queue, memberName, memberInterface,
                holdSeconds, talkSeconds, reason, cause, causeText, choice, file, disposition, billableSeconds, true);
    }
}

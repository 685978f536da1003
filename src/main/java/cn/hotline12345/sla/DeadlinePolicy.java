package cn.hotline12345.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * When a dispatched unit must sign for an order and reply to it. Wall-clock time from the
 * dispatch: by default 2 hours to sign for it (及时签收) and 22 hours to reply.
 */
public record DeadlinePolicy(Duration signWithin, Duration replyWithin) {

    public Instant signDue(Instant dispatchedAt) {
        return dispatchedAt.plus(signWithin);
    }

    public Instant replyDue(Instant dispatchedAt) {
        return dispatchedAt.plus(replyWithin);
    }

    /** Done at {@code at} against {@code due}: on time up to and including the due instant. */
    public static boolean onTime(Instant at, Instant due) {
        return !at.isAfter(due);
    }
}

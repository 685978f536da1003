package cn.hotline12345.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When a dispatched unit must sign for an order and reply to it. By default wall-clock time from
 * the dispatch: 2 hours to sign for it (及时签收), 22 hours to reply. The reply allowance can be set
 * per category (a category's own, else its parent's) and per type; time can be counted in working
 * time instead of wall-clock time.
 */
public record DeadlinePolicy(Duration signWithin, Duration replyWithin, Map<String, Duration> replyWithinByType,
        Map<String, Duration> replyWithinByCategory, WorkingTime time) {

    public DeadlinePolicy(Duration signWithin, Duration replyWithin) {
        this(signWithin, replyWithin, Map.of(), Map.of(), WorkingTime.WALL_CLOCK);
    }

    public Instant signDue(Instant dispatchedAt) {
        return time.plus(dispatchedAt, signWithin);
    }

    public Instant replyDue(Instant dispatchedAt) {
        return time.plus(dispatchedAt, replyWithin);
    }

    /**
     * The reply deadline of an order of {@code type} filed under {@code categoryCodes} (its
     * category first, then the parents), dispatched at {@code dispatchedAt}.
     */
    public Instant replyDue(Instant dispatchedAt, String type, List<String> categoryCodes) {
        return time.plus(dispatchedAt, replyAllowance(type, categoryCodes));
    }

    public Duration replyAllowance(String type, List<String> categoryCodes) {
        for (String code : categoryCodes) {
            Duration byCategory = replyWithinByCategory.get(code);
            if (byCategory != null) {
                return byCategory;
            }
        }
        return replyWithinByType.getOrDefault(type, replyWithin);
    }

    /**
     * Where a deadline paused at {@code pausedAt} lands when the clock restarts at {@code now}: the
     * counted time that was left is counted again from now. A deadline already missed when the clock
     * stopped stays missed by as much as it was.
     */
    public Instant resumed(Instant due, Instant pausedAt, Instant now) {
        if (pausedAt.isBefore(due)) {
            return time.plus(now, time.between(pausedAt, due));
        }
        return due.plus(Duration.between(pausedAt, now));
    }

    /**
     * Whether the deadlines of a dispatch made at {@code dispatchedAt} had to be counted by the wall
     * clock: they reach into a year whose public holidays are not known yet.
     */
    public boolean estimated(Instant dispatchedAt, String type, List<String> categoryCodes) {
        Duration reply = replyAllowance(type, categoryCodes);
        return !time.counts(dispatchedAt, reply.compareTo(signWithin) > 0 ? reply : signWithin);
    }

    /** Whether {@link #resumed} had to count by the wall clock, for the same reason. */
    public boolean resumedEstimated(Instant due, Instant pausedAt, Instant now) {
        return pausedAt.isBefore(due) && !time.counts(now, time.between(pausedAt, due));
    }

    /** Done at {@code at} against {@code due}: on time up to and including the due instant. */
    public static boolean onTime(Instant at, Instant due) {
        return !at.isAfter(due);
    }
}

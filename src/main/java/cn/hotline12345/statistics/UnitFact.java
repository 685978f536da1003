package cn.hotline12345.statistics;

/**
 * The dispatches behind a unit figure that counts against the unit: what a scorecard's lost points
 * drill down to. Each reads exactly the rows its figure counts (docs/metrics.md), so the list is
 * as long as the figure.
 */
public enum UnitFact {
    /** replied − repliedOnTime */
    LATE_REPLY("d.lead and d.replied_at >= :start and d.replied_at < :end and d.replied_on_time = false",
            "d.replied_at"),
    /** dispatched − signedOnTime */
    LATE_SIGN("d.lead and d.rework_of_id is null and d.dispatched_at >= :start and d.dispatched_at < :end"
            + " and d.signed_on_time is not true", "d.dispatched_at"),
    RETURNED("d.lead and d.returned_at >= :start and d.returned_at < :end", "d.returned_at"),
    SENT_BACK("d.sent_back_at >= :start and d.sent_back_at < :end", "d.sent_back_at"),
    DISSATISFIED("d.called_back_at >= :start and d.called_back_at < :end and d.satisfaction = 'DISSATISFIED'",
            "d.called_back_at"),
    /** reviewed, not (yet) called back */
    NOT_CALLED_BACK("d.reviewed_at >= :start and d.reviewed_at < :end and d.called_back_at is null", "d.reviewed_at"),
    OVERDUE_OPEN("d.lead and d.dispatched_at < :asOf and d.reply_due_at < :asOf"
            + " and (d.paused_at is null or d.paused_at > :asOf)"
            + " and ((d.current and d.replied_at is null and d.returned_at is null)"
            + " or (d.replied_on_time = false and d.replied_at >= :asOf)"
            + " or (d.replied_at is null and d.returned_at >= :asOf))", "d.reply_due_at");

    final String where;
    final String placedBy;

    UnitFact(String where, String placedBy) {
        this.where = where;
        this.placedBy = placedBy;
    }
}

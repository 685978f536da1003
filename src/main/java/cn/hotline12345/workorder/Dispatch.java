package cn.hotline12345.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import cn.hotline12345.unit.MemberUnit;

/**
 * One unit's part in one dispatch of an order: its deadlines, when it signed and replied, and
 * whether each was on time. Kept for every dispatch, so reports can count replies per unit exactly.
 */
@Entity
@Table(name = "work_order_dispatch")
@NamedQueries({
        @NamedQuery(name = "Dispatch.ofOrder",
                query = "from Dispatch d join fetch d.unit where d.workOrder.id = ?1 order by d.dispatchedAt, d.id"),
        @NamedQuery(name = "Dispatch.currentLead",
                query = "from Dispatch d join fetch d.unit where d.workOrder.id = ?1 and d.current = true and d.lead = true"),
        @NamedQuery(name = "Dispatch.openOfUnit",
                query = "select count(d) from Dispatch d where d.unit.id = ?1 and d.open = true"),
        @NamedQuery(name = "Dispatch.current",
                query = "from Dispatch d where d.workOrder.id = ?1 and d.current = true"),
        @NamedQuery(name = "Dispatch.unitWorksOn", query = """
                select count(d) from Dispatch d where d.workOrder.id = ?1 and d.unit.id = ?2
                 and (d.current = true or d.repliedAt is not null)""")
})
public class Dispatch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_order_id")
    public WorkOrder workOrder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public MemberUnit unit;

    /** 主办 (true) or 协办 (false). */
    @Column(nullable = false)
    public boolean lead;

    /** Part of the order's latest dispatch; earlier dispatches stay as history. */
    @Column(nullable = false)
    public boolean current = true;

    /** Current, and the order waits on the unit (dispatched or signed for): what the unit's inbox lists. */
    @Column(nullable = false)
    public boolean open;

    @Column(name = "dispatched_at", nullable = false)
    public Instant dispatchedAt;

    @Column(name = "dispatched_by", nullable = false, length = 64)
    public String dispatchedBy;

    @Column(name = "sign_due_at", nullable = false)
    public Instant signDueAt;

    /** Moves with an approved extension; the original stays in {@link #originalReplyDueAt}. */
    @Column(name = "reply_due_at", nullable = false)
    public Instant replyDueAt;

    /** The deadlines were counted by the wall clock: they reach into a year whose holidays are not known. */
    @Column(name = "deadline_estimated", nullable = false)
    public boolean deadlineEstimated;

    @Column(name = "original_reply_due_at", nullable = false)
    public Instant originalReplyDueAt;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by", length = 64)
    public String signedBy;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Column(name = "replied_by", length = 64)
    public String repliedBy;

    @Column(name = "reply_text")
    public String replyText;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_outcome", length = 24)
    public ReplyOutcome replyOutcome;

    @Column(name = "signed_on_time")
    public Boolean signedOnTime;

    @Column(name = "replied_on_time")
    public Boolean repliedOnTime;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "urge_count", nullable = false)
    public int urgeCount;

    /** Set while the clock is stopped (挂起); the paused time is added to the deadlines on resuming. */
    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;

    /** The dispatch this one redoes after a send-back (退回重办); null for a dispatch by the hotline. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rework_of_id")
    public Dispatch reworkOf;

    /** When the hotline sent this dispatch's reply back to be redone. */
    @Column(name = "sent_back_at")
    public Instant sentBackAt;

    /** When the hotline accepted this dispatch's reply. */
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** When the citizen was called back about this dispatch's reply, and their verdict. */
    @Column(name = "called_back_at")
    public Instant calledBackAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Satisfaction satisfaction;

    /** When the order was put under formal supervision (督办) while this was its lead dispatch. */
    @Column(name = "supervised_at")
    public Instant supervisedAt;

    public static List<Dispatch> ofOrder(long orderId) {
        return find("#Dispatch.ofOrder", orderId).list();
    }

    public static Optional<Dispatch> currentLead(long orderId) {
        return find("#Dispatch.currentLead", orderId).firstResultOptional();
    }

    public static List<Dispatch> current(long orderId) {
        return find("#Dispatch.current", orderId).list();
    }

    /** The unit has the order now, or answered it once: what a unit handler may read. */
    public static boolean unitWorksOn(long orderId, long unitId) {
        return count("#Dispatch.unitWorksOn", orderId, unitId) > 0;
    }

}

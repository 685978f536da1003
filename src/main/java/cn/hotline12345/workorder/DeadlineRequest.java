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

/** A request to move (延期) or stop (挂起) a unit's clock, and the supervisor's decision. */
@Entity
@Table(name = "work_order_request")
@NamedQueries({
        @NamedQuery(name = "DeadlineRequest.ofOrder",
                query = "from DeadlineRequest r where r.workOrder.id = ?1 order by r.requestedAt, r.id"),
        @NamedQuery(name = "DeadlineRequest.pending",
                query = "from DeadlineRequest r where r.dispatch.id = ?1 and r.kind = ?2 and r.state = 'PENDING'")
})
public class DeadlineRequest extends PanacheEntityBase {

    public enum Kind {
        EXTENSION,
        PAUSE
    }

    public enum State {
        PENDING,
        APPROVED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_order_id")
    public WorkOrder workOrder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispatch_id")
    public Dispatch dispatch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state;

    @Column(nullable = false)
    public String reason;

    /** The reply deadline asked for (extensions only). */
    @Column(name = "requested_due_at")
    public Instant requestedDueAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    public static List<DeadlineRequest> ofOrder(long orderId) {
        return find("#DeadlineRequest.ofOrder", orderId).list();
    }

    public static Optional<DeadlineRequest> pending(long dispatchId, Kind kind) {
        return find("#DeadlineRequest.pending", dispatchId, kind).firstResultOptional();
    }
}

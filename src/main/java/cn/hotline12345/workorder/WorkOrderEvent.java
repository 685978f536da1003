package cn.hotline12345.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.FetchType;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an order's history: who, when, which action, from which state to which, with a note. Immutable. */
@Entity
@Table(name = "work_order_event")
@NamedQuery(name = "WorkOrderEvent.ofOrder",
        query = "from WorkOrderEvent e where e.workOrder.id = ?1 order by e.occurredAt, e.id")
public class WorkOrderEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_order_id", updatable = false)
    public WorkOrder workOrder;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    public String actor;

    /** A {@link WorkOrderAction} name, or REGISTER. */
    @Column(nullable = false, updatable = false, length = 24)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 16)
    public WorkOrderState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    public WorkOrderState toState;

    @Column(updatable = false)
    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    public Map<String, Object> details;

    /** The request that took the step (X-Request-Id), as in audit_event; null for the deadline sweep. */
    @Column(name = "request_id", updatable = false, length = 64)
    public String requestId;

    public static List<WorkOrderEvent> ofOrder(long orderId) {
        return find("#WorkOrderEvent.ofOrder", orderId).list();
    }
}

package cn.hotline12345.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An immutable record of one state change: who did what to which record, and when. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.forEntity",
        query = "from AuditEvent where entityType = ?1 and entityId = ?2 order by occurredAt desc, id desc")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    public String actor;

    @Column(nullable = false, updatable = false, length = 64)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 32)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
    public String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    public Map<String, Object> details;

    @Column(name = "request_id", updatable = false, length = 64)
    public String requestId;

    public static List<AuditEvent> forEntity(String entityType, Object entityId, int limit) {
        return find("#AuditEvent.forEntity", entityType, String.valueOf(entityId)).page(0, limit).list();
    }
}

package cn.hotline12345.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.hotline12345.common.SqlValues;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.workorder.WorkOrderRegistered;
import cn.hotline12345.workorder.WorkOrderQueries;

/**
 * "This answered the caller": counts how often an entry helps, and with a work order attaches the
 * entry to it. Attaching the same entry twice (a double click, a retried request) counts once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class KnowledgeUsage {

    @Inject
    EntityManager em;

    @Inject
    KnowledgeService knowledge;

    @Inject
    WorkOrderQueries workOrders;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Attachment(long entryId, String code, String title, int entryVersion, String usedBy, Instant usedAt) {
    }

    /** Records one use; returns false when the entry was already attached to that order. */
    public boolean record(long entryId, Long workOrderId) {
        KnowledgeEntry entry = knowledge.get(entryId);
        if (!entry.live()) {
            throw new DomainException(ProblemType.CONFLICT, "knowledge.not-published", entry.code);
        }
        if (workOrderId != null) {
            workOrders.get(workOrderId);
        }
        int inserted = em.createNativeQuery("""
                insert into knowledge_usage (entry_id, entry_version, work_order_id, used_by, used_at)
                values (:entry, :version, :order, :user, :now)
                on conflict (work_order_id, entry_id) where work_order_id is not null do nothing""")
                .setParameter("entry", entry.id).setParameter("version", entry.publishedVersion)
                .setParameter("order", workOrderId).setParameter("user", currentUser.actorName())
                .setParameter("now", clock.instant()).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        em.createNativeQuery("update knowledge_entry set usage_count = usage_count + 1 where id = :id")
                .setParameter("id", entry.id).executeUpdate();
        if (workOrderId != null) {
            audit.record("KNOWLEDGE_ATTACH", "work_order", workOrderId, Map.of("entry", entry.code));
        }
        return true;
    }

    /** The entries the agent picked while registering the order are attached to it. */
    void onRegistered(@Observes WorkOrderRegistered registered) {
        for (Long entryId : registered.knowledgeEntryIds()) {
            record(entryId, registered.workOrderId());
        }
    }

    /** The entries attached to an order, in the order they were attached. */
    public List<Attachment> attachments(long workOrderId) {
        workOrders.get(workOrderId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, e.code, v.snapshot ->> 'title', u.entry_version, u.used_by, u.used_at
                  from knowledge_usage u
                  join knowledge_entry e on e.id = u.entry_id
                  join knowledge_entry_version v on v.entry_id = u.entry_id and v.version_no = u.entry_version
                 where u.work_order_id = :order order by u.used_at, u.id""")
                .setParameter("order", workOrderId).getResultList();
        List<Attachment> attachments = new ArrayList<>();
        for (Object[] row : rows) {
            attachments.add(new Attachment(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).intValue(), (String) row[4], SqlValues.instant(row[5])));
        }
        return attachments;
    }

}

package cn.hotline12345.orderindex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.hotline12345.common.SqlValues;
import cn.hotline12345.search.AliasedIndex;
import cn.hotline12345.search.ChineseAnalysis;

/** Builds the index documents of work orders from PostgreSQL, a batch at a time. */
@ApplicationScoped
public class OrderDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    private final TopicWords words = new TopicWords(ChineseAnalysis.shippedText("index/topic-stopwords.txt"));

    /** The documents of these orders at their current search versions; call inside a transaction. */
    public List<AliasedIndex.Write> writesFor(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> parents = categoryParents();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.number, o.registered_at, o.channel, o.type, o.state, o.category_id, o.district_unit_id,
                       o.town_unit_id, o.lead_unit_id, o.caller_number, o.summary, o.citizen_text, o.address,
                       o.satisfaction, o.closed_at, o.search_version,
                       cast(array(select d.unit_id from work_order_dispatch d
                                   where d.work_order_id = o.id and d.current) as text) as unit_ids,
                       l.reply_due_at, l.paused_at, o.anonymous
                  from work_order o
                  left join work_order_dispatch l on l.work_order_id = o.id and l.current and l.lead
                 where o.id = any(cast(:ids as bigint[]))""")
                .setParameter("ids", orderIds.toArray(new Long[0])).getResultList();
        List<AliasedIndex.Write> writes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ObjectNode doc = JSON.createObjectNode();
            long id = ((Number) r[0]).longValue();
            doc.put("workOrderId", id);
            doc.put("number", (String) r[1]);
            doc.put("registeredAt", SqlValues.instant(r[2]).toString());
            doc.put("channel", (String) r[3]);
            doc.put("type", (String) r[4]);
            String state = (String) r[5];
            doc.put("state", state);
            long category = ((Number) r[6]).longValue();
            doc.put("categoryId", category);
            ArrayNode lineage = doc.putArray("categoryIds");
            for (Long c = category; c != null && lineage.size() < 10; c = parents.get(c)) {
                lineage.add(c);
            }
            putLong(doc, "districtUnitId", r[7]);
            putLong(doc, "townUnitId", r[8]);
            putLong(doc, "leadUnitId", r[9]);
            if (r[10] != null) {
                doc.put("callerNumber", (String) r[10]);
            }
            doc.put("anonymous", Boolean.TRUE.equals(r[20]));
            doc.put("summary", (String) r[11]);
            doc.put("citizenText", (String) r[12]);
            if (r[13] != null) {
                doc.put("address", (String) r[13]);
            }
            ArrayNode topicWords = doc.putArray("words");
            words.of((String) r[11], (String) r[12]).forEach(topicWords::add);
            if (r[14] != null) {
                doc.put("satisfaction", (String) r[14]);
            }
            if (r[15] != null) {
                doc.put("closedAt", SqlValues.instant(r[15]).toString());
            }
            ArrayNode units = doc.putArray("unitIds");
            String unitIds = (String) r[17];
            for (String unit : unitIds.substring(1, unitIds.length() - 1).split(",")) {
                if (!unit.isBlank()) {
                    units.add(Long.parseLong(unit.strip()));
                }
            }
            boolean awaiting = "DISPATCHED".equals(state) || "SIGNED".equals(state);
            doc.put("awaitingUnit", awaiting);
            doc.put("paused", r[19] != null);
            if (awaiting && r[18] != null) {
                doc.put("replyDueAt", SqlValues.instant(r[18]).toString());
            }
            writes.add(new AliasedIndex.Write(id, ((Number) r[16]).longValue(), doc));
        }
        return writes;
    }

    /** Orders after {@code afterId}, in id order: the pages of a rebuild. */
    public List<Long> idsAfter(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from work_order where id > :after order by id limit :limit")
                .setParameter("after", afterId).setParameter("limit", limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Orders changed after a search version was handed out: what a rebuild must copy again. */
    public List<Long> changedAfter(long searchVersion) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from work_order where search_version > :v order by id")
                .setParameter("v", searchVersion).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The newest search version handed out so far. */
    public long lastSearchVersion() {
        return ((Number) em.createNativeQuery("select coalesce(max(search_version), 0) from work_order")
                .getSingleResult()).longValue();
    }

    private Map<Long, Long> categoryParents() {
        Map<Long, Long> parents = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, parent_id from category").getResultList();
        for (Object[] row : rows) {
            parents.put(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue());
        }
        return parents;
    }

    private static void putLong(ObjectNode doc, String field, Object value) {
        if (value != null) {
            doc.put(field, ((Number) value).longValue());
        }
    }

}

package cn.hotline12345.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.hotline12345.common.SqlValues;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.topic.Category;

/** Reads entries from PostgreSQL as the index should hold them now: a document or a removal. */
@ApplicationScoped
public class KnowledgeDocuments {

    @Inject
    EntityManager em;

    /** The writes that bring the index up to date for these entries, at their current row versions. */
    public List<KnowledgeIndex.Write> writesFor(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, e.code, e.version, e.state, e.published_version, v.snapshot::text, v.saved_at
                  from knowledge_entry e
                  left join knowledge_entry_version v on v.entry_id = e.id and v.version_no = e.published_version
                 where e.id = any(cast(:ids as bigint[]))""")
                .setParameter("ids", entryIds.toArray(Long[]::new))
                .getResultList();
        KnowledgeReferences references = KnowledgeReferences.load();
        List<KnowledgeIndex.Write> writes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long entryId = ((Number) row[0]).longValue();
            long version = ((Number) row[2]).longValue();
            boolean live = row[4] != null && !KnowledgeState.ARCHIVED.name().equals(row[3]);
            if (!live) {
                writes.add(new KnowledgeIndex.Write(entryId, version, null));
                continue;
            }
            EntryContent content = EntryContent.fromJson((String) row[5]);
            writes.add(new KnowledgeIndex.Write(entryId, version, KnowledgeDocument.of(entryId, (String) row[1],
                    ((Number) row[4]).intValue(), SqlValues.instant(row[6]), content, context(content, references))));
        }
        return writes;
    }

    /** Ids of the entries agents can find, after {@code afterId}, in id order. */
    public List<Long> liveIds(long afterId, int limit) {
        return em.createQuery("""
                select id from KnowledgeEntry where id > ?1 and publishedVersion is not null
                 and state <> cn.hotline12345.knowledge.KnowledgeState.ARCHIVED order by id""", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }

    /** The names and the topic lineage a document carries, from references read once per batch. */
    private static KnowledgeDocument.Context context(EntryContent content, KnowledgeReferences references) {
        Category category = references.category(content.categoryId());
        List<Long> lineage = category == null ? List.of(content.categoryId())
                : category.lineage().stream().map(c -> c.id).toList();
        MemberUnit unit = references.unit(content.ownerUnitId());
        return new KnowledgeDocument.Context(lineage, category == null ? "" : category.name,
                unit == null ? "" : unit.name);
    }
}

package cn.hotline12345.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * A transactional outbox table: rows "subject N changed", written in the transaction of the
 * change, taken oldest first with FOR UPDATE SKIP LOCKED (so several instances share the work),
 * and deleted in the transaction that sent them to the index. Every outbox has the columns id
 * and the subject's id.
 */
public final class Outbox {

    /** The rows taken, and the distinct subjects they name. */
    public record Claimed(Long[] rowIds, Set<Long> subjectIds) {

        public boolean isEmpty() {
            return rowIds.length == 0;
        }
    }

    private final String table;
    private final String subjectColumn;

    public Outbox(String table, String subjectColumn) {
        this.table = table;
        this.subjectColumn = subjectColumn;
    }

    /** Takes up to {@code limit} rows inside the caller's transaction. */
    private Claimed claim(EntityManager em, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, " + subjectColumn + " from " + table
                + " order by id limit :limit for update skip locked").setParameter("limit", limit).getResultList();
        Long[] rowIds = new Long[rows.size()];
        Set<Long> subjects = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            rowIds[i] = ((Number) rows.get(i)[0]).longValue();
            subjects.add(((Number) rows.get(i)[1]).longValue());
        }
        return new Claimed(rowIds, subjects);
    }

    /** Deletes the rows once the index has what they announced. */
    private void done(EntityManager em, Claimed claimed) {
        em.createNativeQuery("delete from " + table + " where id = any(cast(:ids as bigint[]))")
                .setParameter("ids", claimed.rowIds()).executeUpdate();
    }

    /**
     * One batch, inside the caller's transaction: takes up to {@code limit} rows, writes the
     * documents of their subjects to the index (and to one being rebuilt), deletes the rows.
     * Answers how many rows it took; 0 when the outbox is empty.
     */
    public int sendBatch(EntityManager em, int limit, AliasedIndex index,
            java.util.function.Function<Set<Long>, List<AliasedIndex.Write>> documents) {
        Claimed claimed = claim(em, limit);
        if (claimed.isEmpty()) {
            return 0;
        }
        index.writeLive(documents.apply(claimed.subjectIds()));
        done(em, claimed);
        return claimed.rowIds().length;
    }

    public long backlog(EntityManager em) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}

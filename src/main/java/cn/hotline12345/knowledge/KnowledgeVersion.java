package cn.hotline12345.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One saved version of an entry, whole; versions are only ever added. */
@Entity
@Table(name = "knowledge_entry_version")
@IdClass(KnowledgeVersion.Key.class)
@NamedQueries({
        @NamedQuery(name = "KnowledgeVersion.ofEntry",
                query = "from KnowledgeVersion where entryId = ?1 order by versionNo desc"),
        @NamedQuery(name = "KnowledgeVersion.one", query = "from KnowledgeVersion where entryId = ?1 and versionNo = ?2")
})
public class KnowledgeVersion extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public Long entryId;

    @Id
    @Column(name = "version_no")
    public Integer versionNo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String snapshot;

    /** CREATE, EDIT, IMPORT or ROLLBACK. */
    @Column(nullable = false, length = 16)
    public String action;

    @Column(length = 1000)
    public String note;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 64)
    public String savedBy;

    public static List<KnowledgeVersion> ofEntry(long entryId) {
        return find("#KnowledgeVersion.ofEntry", entryId).list();
    }

    public static KnowledgeVersion one(long entryId, int versionNo) {
        return find("#KnowledgeVersion.one", entryId, versionNo).firstResult();
    }

    public EntryContent content() {
        return EntryContent.fromJson(snapshot);
    }

    public static class Key implements Serializable {
        public Long entryId;
        public Integer versionNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(entryId, key.entryId)
                    && Objects.equals(versionNo, key.versionNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryId, versionNo);
        }
    }
}

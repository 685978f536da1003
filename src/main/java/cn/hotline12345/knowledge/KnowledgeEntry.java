package cn.hotline12345.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A knowledge entry: its latest saved content (the head) and where it stands in the workflow. What
 * agents find is the published version, kept in {@link KnowledgeVersion}.
 */
@Entity
@Table(name = "knowledge_entry")
@NamedQueries({
        @NamedQuery(name = "KnowledgeEntry.byCode", query = "from KnowledgeEntry where code = ?1"),
        @NamedQuery(name = "KnowledgeEntry.expiring", query = """
                from KnowledgeEntry where expiresOn between ?1 and ?2 and state <> 'ARCHIVED'
                 and (?3 = 0L or ownerUnitId = ?3) order by expiresOn, id"""),
        @NamedQuery(name = "KnowledgeEntry.updatedSince", query = "select id from KnowledgeEntry where updatedAt >= ?1")
})
public class KnowledgeEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 32)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public KnowledgeState state;

    @Column(name = "head_version", nullable = false)
    public int headVersion;

    @Column(name = "published_version")
    public Integer publishedVersion;

    @Column(nullable = false, length = 200)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> body;

    @Column(name = "category_id", nullable = false)
    public long categoryId;

    @Column(name = "owner_unit_id", nullable = false)
    public long ownerUnitId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> keywords;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> synonyms;

    @Column(name = "document_number", length = 64)
    public String documentNumber;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "region_code", nullable = false, length = 16)
    public String regionCode;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "usage_count", nullable = false, insertable = false, updatable = false)
    public long usageCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Version
    public int version;

    public static KnowledgeEntry byCode(String code) {
        return find("#KnowledgeEntry.byCode", code).firstResult();
    }

    /** Entries expiring between the two days; ownerUnitId 0 for every unit. */
    public static List<KnowledgeEntry> expiring(LocalDate from, LocalDate to, long ownerUnitId) {
        return find("#KnowledgeEntry.expiring", from, to, ownerUnitId).list();
    }

    public static List<Long> updatedSince(Instant since) {
        return getEntityManager().createNamedQuery("KnowledgeEntry.updatedSince", Long.class).setParameter(1, since)
                .getResultList();
    }

    public EntryContent content() {
        return new EntryContent(title, EntryBody.of(body), categoryId, ownerUnitId, keywords, synonyms, documentNumber,
                effectiveFrom, expiresOn, regionCode);
    }

    void setContent(EntryContent content) {
        title = content.title();
        body = content.body().sections();
        categoryId = content.categoryId();
        ownerUnitId = content.ownerUnitId();
        keywords = content.keywords();
        synonyms = content.synonyms();
        documentNumber = content.documentNumber();
        effectiveFrom = content.effectiveFrom();
        expiresOn = content.expiresOn();
        regionCode = content.regionCode();
        contentHash = content.hash();
    }

    public boolean everPublished() {
        return publishedVersion != null;
    }

    /** Whether agents find it: a published version that is not archived. */
    public boolean live() {
        return publishedVersion != null && state != KnowledgeState.ARCHIVED;
    }
}

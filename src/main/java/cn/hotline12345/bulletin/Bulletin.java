package cn.hotline12345.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A month's bulletin: the working copy managers edit; what was published lives in {@link BulletinRevision}. */
@Entity
@Table(name = "bulletin")
@NamedQueries({
        @NamedQuery(name = "Bulletin.byMonth", query = "from Bulletin where month = ?1"),
        @NamedQuery(name = "Bulletin.summaries", query = """
                select b.id, b.month, b.number, b.title, b.publishedRevision, b.figuresComputedAt, b.updatedAt, b.version
                  from Bulletin b where b.publishedRevision >= ?1 order by b.month desc""")
})
public class Bulletin extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The first day of the month it reports on. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(nullable = false, length = 40)
    public String number;

    @Column(nullable = false, length = 200)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> narrative;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> figures;

    @Column(name = "figures_computed_at", nullable = false)
    public Instant figuresComputedAt;

    /** How many revisions were published; 0 while it is a draft. */
    @Column(name = "published_revision", nullable = false)
    public int publishedRevision;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public boolean isPublished() {
        return publishedRevision > 0;
    }

    public static Optional<Bulletin> byMonth(LocalDate month) {
        return find("#Bulletin.byMonth", month).firstResultOptional();
    }

    /** Each bulletin's heading fields, newest month first, without its figures; {@code minRevision} 1: published only. */
    public static List<Object[]> summaries(int minRevision) {
        return getEntityManager().createNamedQuery("Bulletin.summaries", Object[].class).setParameter(1, minRevision)
                .getResultList();
    }
}

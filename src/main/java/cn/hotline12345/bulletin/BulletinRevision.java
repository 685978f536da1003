package cn.hotline12345.bulletin;

import java.time.Instant;
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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published revision of a bulletin: the whole document as published. Never changed. */
@Entity
@Immutable
@Table(name = "bulletin_revision")
@NamedQueries({
        @NamedQuery(name = "BulletinRevision.of", query = "from BulletinRevision where bulletinId = ?1 order by revision"),
        @NamedQuery(name = "BulletinRevision.one", query = "from BulletinRevision where bulletinId = ?1 and revision = ?2")
})
public class BulletinRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bulletin_id", nullable = false)
    public long bulletinId;

    @Column(nullable = false)
    public int revision;

    /** The {@link BulletinContent} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> content;

    @Column(length = 1000)
    public String note;

    @Column(name = "published_by", nullable = false, length = 64)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public static List<BulletinRevision> of(long bulletinId) {
        return find("#BulletinRevision.of", bulletinId).list();
    }

    public static Optional<BulletinRevision> one(long bulletinId, int revision) {
        return find("#BulletinRevision.one", bulletinId, revision).firstResultOptional();
    }
}

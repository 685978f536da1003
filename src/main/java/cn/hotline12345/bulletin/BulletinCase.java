package cn.hotline12345.bulletin;

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

/** A typical case picked for a bulletin's working copy, its text masked when it was picked. */
@Entity
@Table(name = "bulletin_case")
@NamedQuery(name = "BulletinCase.of", query = "from BulletinCase where bulletinId = ?1 order by position, id")
public class BulletinCase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bulletin_id", nullable = false)
    public long bulletinId;

    @Column(name = "work_order_id", nullable = false)
    public long workOrderId;

    @Column(nullable = false)
    public int position;

    /** The {@link BulletinContent.Case} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> content;

    public static List<BulletinCase> of(long bulletinId) {
        return find("#BulletinCase.of", bulletinId).list();
    }
}

package cn.hotline12345.sla;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A year whose public holidays and make-up working days have been entered: the year is known. */
@Entity
@Table(name = "holiday_year")
@NamedQueries({
        @NamedQuery(name = "HolidayYear.all", query = "from HolidayYear order by year desc")
})
public class HolidayYear extends PanacheEntityBase {

    @Id
    public Integer year;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public static List<HolidayYear> all() {
        return find("#HolidayYear.all").list();
    }
}

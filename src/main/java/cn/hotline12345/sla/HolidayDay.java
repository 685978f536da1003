package cn.hotline12345.sla;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One day that breaks the Monday-to-Friday rule: a public holiday, or a weekend made a working day. */
@Entity
@Table(name = "holiday_day")
@NamedQueries({
        @NamedQuery(name = "HolidayDay.all", query = "from HolidayDay order by day"),
        @NamedQuery(name = "HolidayDay.ofYear", query = "from HolidayDay where year = ?1 order by day"),
        @NamedQuery(name = "HolidayDay.deleteYear", query = "delete from HolidayDay where year = ?1")
})
public class HolidayDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public HolidayKind kind;

    @Column(nullable = false, length = 40)
    public String name;

    public static List<HolidayDay> all() {
        return find("#HolidayDay.all").list();
    }

    public static List<HolidayDay> ofYear(int year) {
        return find("#HolidayDay.ofYear", year).list();
    }
}

package cn.hotline12345.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import cn.hotline12345.unit.MemberUnit;

/** A manager's deduction or addition against a unit in a month, with its reason. Withdrawn, never deleted. */
@Entity
@Table(name = "assessment_adjustment")
@NamedQueries({
        @NamedQuery(name = "AssessmentAdjustment.inMonths", query = """
                from AssessmentAdjustment a join fetch a.unit
                 where a.month in ?1 and a.withdrawnAt is null order by a.month, a.unit.code, a.id"""),
        @NamedQuery(name = "AssessmentAdjustment.ofUnitInMonths", query = """
                from AssessmentAdjustment a join fetch a.unit
                 where a.unit.id = ?1 and a.month in ?2 and a.withdrawnAt is null order by a.month, a.id""")
})
public class AssessmentAdjustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The first day of the month it counts in. */
    @Column(nullable = false)
    public LocalDate month;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public MemberUnit unit;

    /** The scheme indicator it is held against; null: against the total. */
    @Column(length = 32)
    public String indicator;

    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal points;

    @Column(nullable = false, length = 1000)
    public String reason;

    /** The order that prompted it, if any (a reply judged 不规范). */
    @Column(name = "work_order_id")
    public Long workOrderId;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "withdrawn_by", length = 64)
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public int version;

    public static List<AssessmentAdjustment> inMonths(List<LocalDate> months) {
        return find("#AssessmentAdjustment.inMonths", months).list();
    }

    public static List<AssessmentAdjustment> ofUnitInMonths(long unitId, List<LocalDate> months) {
        return find("#AssessmentAdjustment.ofUnitInMonths", unitId, months).list();
    }

    public Scoring.Adjustment asRule() {
        return new Scoring.Adjustment(indicator, points, reason);
    }
}

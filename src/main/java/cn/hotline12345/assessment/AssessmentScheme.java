package cn.hotline12345.assessment;

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

/** One saved version of the assessment scheme. Never changed once written. */
@Entity
@Immutable
@Table(name = "assessment_scheme")
@NamedQueries({
        @NamedQuery(name = "AssessmentScheme.latest", query = "from AssessmentScheme order by version desc"),
        @NamedQuery(name = "AssessmentScheme.byVersion", query = "from AssessmentScheme where version = ?1")
})
public class AssessmentScheme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int version;

    /** The {@link SchemeDefinition} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> definition;

    @Column(length = 1000)
    public String note;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<AssessmentScheme> latest() {
        return find("#AssessmentScheme.latest").firstResultOptional();
    }

    public static Optional<AssessmentScheme> byVersion(int version) {
        return find("#AssessmentScheme.byVersion", version).firstResultOptional();
    }

    public static List<AssessmentScheme> allNewestFirst() {
        return find("#AssessmentScheme.latest").list();
    }
}

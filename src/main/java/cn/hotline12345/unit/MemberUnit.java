package cn.hotline12345.unit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/** A member unit (成员单位): a body that answers the work orders the hotline dispatches to it. */
@Entity
@Cacheable
@Table(name = "member_unit")
@NamedQueries({
        @NamedQuery(name = "MemberUnit.byCode", query = "from MemberUnit where code = ?1"),
        @NamedQuery(name = "MemberUnit.byName", query = "from MemberUnit where name = ?1"),
        @NamedQuery(name = "MemberUnit.withParent", query = "from MemberUnit u left join fetch u.parent where u.id = ?1"),
        @NamedQuery(name = "MemberUnit.children", query = "from MemberUnit where parent.id = ?1 order by code"),
        @NamedQuery(name = "MemberUnit.countActiveChildren",
                query = "select count(u) from MemberUnit u where u.parent.id = ?1 and u.active = true"),
        @NamedQuery(name = "MemberUnit.countChildren",
                query = "select count(u) from MemberUnit u where u.parent.id = ?1")
})
public class MemberUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 32)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public UnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public MemberUnit parent;

    @Column(name = "contact_phone", length = 40)
    public String contactPhone;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public static Optional<MemberUnit> findByCode(String code) {
        return find("#MemberUnit.byCode", code).firstResultOptional();
    }

    /** The unit with its parent loaded, so it can be shown after its transaction ends. */
    public static MemberUnit findWithParent(long id) {
        return find("#MemberUnit.withParent", id).firstResult();
    }

    public static Optional<MemberUnit> findByName(String name) {
        return find("#MemberUnit.byName", name).firstResultOptional();
    }

    /** The id of the unit with this code, for forms that name units by code; null for a blank code. */
    public static Long idOfCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return findByCode(code.trim()).map(unit -> unit.id).orElseThrow(() -> new DomainException(
                ProblemType.RULE_VIOLATION, "unit.not-found-code", code.trim()));
    }

    public static List<MemberUnit> childrenOf(long id) {
        return find("#MemberUnit.children", id).list();
    }

    public static long countActiveChildren(long id) {
        return count("#MemberUnit.countActiveChildren", id);
    }

    public static long countChildren(long id) {
        return count("#MemberUnit.countChildren", id);
    }

    public UnitHierarchy.Node node() {
        return new UnitHierarchy.Node(id, code, level, active, parent == null ? null : parent.id);
    }
}

package cn.hotline12345.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.ProblemType;

/** The registry of member units: who may see which, and the rules for every change. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MemberUnitService {

    static final String AUDIT_TYPE = "unit";

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<UnitDeactivated> deactivations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Filters of the unit list; every one optional. */
    public record Filter(String text, UnitLevel level, UnitKind kind, Long parentId, Boolean active) {
    }

    /** Every active unit, as the unit picker offers them (a few hundred: the picker filters as one types). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitChoice> choices() {
        List<MemberUnit> active = MemberUnit.list("from MemberUnit u left join fetch u.parent where u.active = true "
                + "order by u.level, u.code");
        return active.stream().map(u -> new UnitChoice(u.id, u.code, u.name, u.level, u.kind,
                u.parent == null ? null : u.parent.name, PinyinInitials.of(u.name))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MemberUnit> search(Filter filter, PageRequest pageRequest) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (currentUser.is(cn.hotline12345.identity.Role.UNIT_HANDLER)) {
            where.append(" and id = :own");
            params.put("own", currentUser.unitId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(code) like :text escape '\\' or lower(name) like :text escape '\\')");
            params.put("text", Strings.containing(filter.text()));
        }
        if (filter.level() != null) {
            where.append(" and level = :level");
            params.put("level", filter.level());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.parentId() != null) {
            where.append(" and parent.id = :parent");
            params.put("parent", filter.parentId());
        }
        if (filter.active() != null) {
            where.append(" and active = :active");
            params.put("active", filter.active());
        }
        return PageResult.of(MemberUnit.find(where.toString(), Sort.by("code"), params), pageRequest);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberUnit get(long id) {
        currentUser.checkMayReadUnit(id);
        MemberUnit unit = MemberUnit.findWithParent(id);
        if (unit == null) {
            throw DomainException.notFound("unit", id);
        }
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberUnit> children(long id) {
        get(id);
        return MemberUnit.childrenOf(id);
    }

    public MemberUnit create(UnitRequests.Create request) {
        String code = request.code().trim();
        String name = request.name().trim();
        if (MemberUnit.findByCode(code).isPresent()) {
            throw conflict("code", "unit.code-taken", code);
        }
        checkNameFree(name, null);
        MemberUnit parent = request.parentId() == null ? null : existing("parentId", request.parentId());
        UnitHierarchy.checkPlacement(null, request.level(), parent == null ? null : parent.node(), this::nodeOf);
        Instant now = clock.instant();
        MemberUnit unit = new MemberUnit();
        unit.code = code;
        unit.name = name;
        unit.level = request.level();
        unit.kind = request.kind();
        unit.parent = parent;
        unit.contactPhone = Strings.blankToNull(request.contactPhone());
        unit.active = true;
        unit.createdAt = now;
        unit.updatedAt = now;
        unit.persist();
        audit.record("unit.created", AUDIT_TYPE, unit.id, describe(unit));
        return unit;
    }

    public MemberUnit update(long id, UnitRequests.Update request) {
        MemberUnit unit = current(id, request.version());
        String name = request.name().trim();
        checkNameFree(name, unit.id);
        if (unit.level != request.level()) {
            List<UnitHierarchy.Node> children = MemberUnit.childrenOf(id).stream().map(MemberUnit::node).toList();
            UnitHierarchy.checkLevelChange(unit.node(), request.level(),
                    unit.parent == null ? null : unit.parent.node(), children, this::nodeOf);
        }
        Map<String, Object> before = describe(unit);
        unit.name = name;
        unit.level = request.level();
        unit.kind = request.kind();
        unit.contactPhone = Strings.blankToNull(request.contactPhone());
        return saved(unit, "unit.updated", Map.of("before", before, "after", describe(unit)));
    }

    public MemberUnit move(long id, UnitRequests.Move request) {
        MemberUnit unit = current(id, request.version());
        MemberUnit parent = request.parentId() == null ? null : existing("parentId", request.parentId());
        UnitHierarchy.checkPlacement(unit.id, unit.level, parent == null ? null : parent.node(), this::nodeOf);
        String from = unit.parent == null ? null : unit.parent.code;
        unit.parent = parent;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromParent", from);
        details.put("toParent", parent == null ? null : parent.code);
        return saved(unit, "unit.moved", details);
    }

    public MemberUnit deactivate(long id, UnitRequests.ChangeActive request) {
        MemberUnit unit = current(id, request.version());
        UnitHierarchy.checkDeactivation(unit.node(), MemberUnit.countActiveChildren(id));
        unit.active = false;
        MemberUnit saved = saved(unit, "unit.deactivated", reason(request));
        deactivations.fire(new UnitDeactivated(id));
        return saved;
    }

    public MemberUnit activate(long id, UnitRequests.ChangeActive request) {
        MemberUnit unit = current(id, request.version());
        if (unit.active) {
            throw new DomainException(ProblemType.CONFLICT, "unit.already-active", unit.code);
        }
        if (unit.parent != null && !unit.parent.active) {
            throw new DomainException(ProblemType.RULE_VIOLATION, "unit.parent-inactive", unit.parent.code);
        }
        unit.active = true;
        return saved(unit, "unit.activated", reason(request));
    }

    private MemberUnit saved(MemberUnit unit, String action, Map<String, Object> details) {
        unit.updatedAt = clock.instant();
        // Flush now so a concurrent change surfaces here as a version conflict, inside this call.
        MemberUnit.getEntityManager().flush();
        audit.record(action, AUDIT_TYPE, unit.id, details);
        return unit;
    }

    private MemberUnit current(long id, int expectedVersion) {
        MemberUnit unit = MemberUnit.findWithParent(id);
        if (unit == null) {
            throw DomainException.notFound("unit", id);
        }
        if (unit.version != expectedVersion) {
            throw new DomainException(ProblemType.STALE_VERSION, "problem.stale-version.detail", unit.version);
        }
        return unit;
    }

    private MemberUnit existing(String field, long id) {
        MemberUnit unit = MemberUnit.findById(id);
        if (unit == null) {
            throw new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError(field, "unit.parent-missing")),
                    "unit.parent-missing", id);
        }
        return unit;
    }

    private void checkNameFree(String name, Long self) {
        MemberUnit.findByName(name).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw conflict("name", "unit.name-taken", name);
        });
    }

    private UnitHierarchy.Node nodeOf(Long id) {
        MemberUnit unit = MemberUnit.findById(id);
        return unit == null ? null : unit.node();
    }

    private static DomainException conflict(String field, String key, Object argument) {
        return new DomainException(ProblemType.CONFLICT, List.of(new FieldError(field, key)), key, argument);
    }

    private static Map<String, Object> describe(MemberUnit unit) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", unit.code);
        details.put("name", unit.name);
        details.put("level", unit.level.name());
        details.put("kind", unit.kind.name());
        details.put("parent", unit.parent == null ? null : unit.parent.code);
        details.put("contactPhone", unit.contactPhone);
        return details;
    }

    private static Map<String, Object> reason(UnitRequests.ChangeActive request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", Strings.blankToNull(request.reason()));
        return details;
    }

}

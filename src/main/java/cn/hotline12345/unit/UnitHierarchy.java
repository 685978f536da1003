package cn.hotline12345.unit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/**
 * The rules that keep the member-unit registry a consistent tree. Plain Java: the seed
 * migration, the service and the unit tests all run the same checks.
 */
public final class UnitHierarchy {

    /** Deeper chains than this are a data error, and the walk must end even on bad data. */
    static final int MAX_DEPTH = 16;

    /** What the rules need to know of a unit. */
    public record Node(Long id, String code, UnitLevel level, boolean active, Long parentId) {
    }

    private UnitHierarchy() {
    }

    /**
     * May a unit of {@code level} (with id {@code unitId}, null when new) sit under {@code parent}
     * (null for a top unit)? {@code lookup} finds a unit by id for the walk up the tree.
     */
    public static void checkPlacement(Long unitId, UnitLevel level, Node parent, Function<Long, Node> lookup) {
        if (parent == null) {
            if (level == UnitLevel.TOWN) {
                throw refusal("parentId", "unit.town-needs-parent");
            }
            return;
        }
        if (!parent.active()) {
            throw refusal("parentId", "unit.parent-inactive", parent.code());
        }
        int gap = level.below(parent.level());
        if (gap < 0 || gap > 1) {
            throw refusal("parentId", "unit.level-mismatch", parent.code(), parent.level(), level);
        }
        Set<Long> seen = new HashSet<>();
        Node current = parent;
        while (current != null) {
            if (unitId != null && unitId.equals(current.id())) {
                throw refusal("parentId", "unit.cycle", parent.code());
            }
            if (!seen.add(current.id()) || seen.size() > MAX_DEPTH) {
                throw refusal("parentId", "unit.too-deep", parent.code());
            }
            current = current.parentId() == null ? null : lookup.apply(current.parentId());
        }
    }

    /** May a unit's level change to {@code level} given its parent and its children? */
    public static void checkLevelChange(Node unit, UnitLevel level, Node parent, List<Node> children,
            Function<Long, Node> lookup) {
        checkPlacement(unit.id(), level, parent, lookup);
        for (Node child : children) {
            int gap = child.level().below(level);
            if (gap < 0 || gap > 1) {
                throw refusal("level", "unit.children-level-mismatch", child.code(), child.level(), level);
            }
        }
    }

    /** A unit can be deactivated only when nothing active hangs below it. */
    public static void checkDeactivation(Node unit, long activeChildren) {
        if (!unit.active()) {
            throw new DomainException(ProblemType.CONFLICT, "unit.already-inactive", unit.code());
        }
        if (activeChildren > 0) {
            throw new DomainException(ProblemType.RULE_VIOLATION, "unit.has-active-children", unit.code(),
                    activeChildren);
        }
    }

    private static DomainException refusal(String field, String key, Object... arguments) {
        return new DomainException(ProblemType.RULE_VIOLATION,
                List.of(new FieldError(field, key)), key, arguments);
    }
}

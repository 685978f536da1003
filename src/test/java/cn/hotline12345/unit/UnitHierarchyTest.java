package cn.hotline12345.unit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.DomainException;

class UnitHierarchyTest {

    private final Map<Long, UnitHierarchy.Node> tree = new HashMap<>();

    private UnitHierarchy.Node add(long id, UnitLevel level, Long parent) {
        UnitHierarchy.Node node = new UnitHierarchy.Node(id, "U" + id, level, true, parent);
        tree.put(id, node);
        return node;
    }

    @Test
    void acceptsTheThreeLevelChain() {
        UnitHierarchy.Node district = add(1, UnitLevel.DISTRICT, null);
        assertThatCode(() -> UnitHierarchy.checkPlacement(null, UnitLevel.TOWN, district, tree::get))
                .doesNotThrowAnyException();
        assertThatCode(() -> UnitHierarchy.checkPlacement(null, UnitLevel.DISTRICT, district, tree::get))
                .doesNotThrowAnyException();
        assertThatCode(() -> UnitHierarchy.checkPlacement(null, UnitLevel.CITY, null, tree::get))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesATownWithoutParentAndLevelsThatSkipOrInvert() {
        UnitHierarchy.Node city = add(1, UnitLevel.CITY, null);
        UnitHierarchy.Node town = add(2, UnitLevel.TOWN, null);
        assertRefused(() -> UnitHierarchy.checkPlacement(null, UnitLevel.TOWN, null, tree::get), "unit.town-needs-parent");
        assertRefused(() -> UnitHierarchy.checkPlacement(null, UnitLevel.TOWN, city, tree::get), "unit.level-mismatch");
        assertRefused(() -> UnitHierarchy.checkPlacement(null, UnitLevel.CITY, town, tree::get), "unit.level-mismatch");
    }

    @Test
    void refusesAnInactiveParent() {
        UnitHierarchy.Node inactive = new UnitHierarchy.Node(9L, "U9", UnitLevel.CITY, false, null);
        assertRefused(() -> UnitHierarchy.checkPlacement(null, UnitLevel.CITY, inactive, tree::get),
                "unit.parent-inactive");
    }

    @Test
    void refusesMovingAUnitUnderItselfOrItsDescendant() {
        UnitHierarchy.Node a = add(1, UnitLevel.CITY, null);
        UnitHierarchy.Node b = add(2, UnitLevel.CITY, 1L);
        UnitHierarchy.Node c = add(3, UnitLevel.CITY, 2L);
        assertRefused(() -> UnitHierarchy.checkPlacement(1L, UnitLevel.CITY, a, tree::get), "unit.cycle");
        assertRefused(() -> UnitHierarchy.checkPlacement(1L, UnitLevel.CITY, c, tree::get), "unit.cycle");
        assertThatCode(() -> UnitHierarchy.checkPlacement(3L, UnitLevel.CITY, a, tree::get)).doesNotThrowAnyException();
        assertThatCode(() -> UnitHierarchy.checkPlacement(2L, UnitLevel.CITY, null, tree::get)).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThat(b.parentId()).isEqualTo(1L);
    }

    @Test
    void stopsOnACorruptChainInsteadOfLoopingForever() {
        add(1, UnitLevel.CITY, 2L);
        UnitHierarchy.Node two = add(2, UnitLevel.CITY, 1L);
        assertRefused(() -> UnitHierarchy.checkPlacement(null, UnitLevel.CITY, two, tree::get), "unit.too-deep");
    }

    @Test
    void levelChangeMustStillFitTheChildren() {
        UnitHierarchy.Node district = add(1, UnitLevel.DISTRICT, null);
        UnitHierarchy.Node town = add(2, UnitLevel.TOWN, 1L);
        assertRefused(() -> UnitHierarchy.checkLevelChange(district, UnitLevel.TOWN, null, List.of(town), tree::get),
                "unit.town-needs-parent");
        assertRefused(() -> UnitHierarchy.checkLevelChange(district, UnitLevel.CITY, null, List.of(town), tree::get),
                "unit.children-level-mismatch");
    }

    @Test
    void deactivationNeedsNoActiveChildren() {
        UnitHierarchy.Node unit = add(1, UnitLevel.CITY, null);
        assertRefused(() -> UnitHierarchy.checkDeactivation(unit, 3), "unit.has-active-children");
        assertThatCode(() -> UnitHierarchy.checkDeactivation(unit, 0)).doesNotThrowAnyException();
        UnitHierarchy.Node inactive = new UnitHierarchy.Node(5L, "U5", UnitLevel.CITY, false, null);
        assertRefused(() -> UnitHierarchy.checkDeactivation(inactive, 0), "unit.already-inactive");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }
}

package cn.hotline12345.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.topic.Category;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitKind;
import cn.hotline12345.unit.UnitLevel;

/** Registration and dispatch rules on loaded units, each refusal naming its rule and field. */
class OrderRulesTest {

    static MemberUnit unit(long id, UnitLevel level, UnitKind kind, MemberUnit parent) {
        MemberUnit unit = new MemberUnit();
        unit.id = id;
        unit.code = "U" + id;
        unit.name = "单位" + id;
        unit.level = level;
        unit.kind = kind;
        unit.parent = parent;
        unit.active = true;
        return unit;
    }

    static final MemberUnit NANHAI = unit(1, UnitLevel.DISTRICT, UnitKind.GOVERNMENT, null);
    static final MemberUnit CHANCHENG = unit(2, UnitLevel.DISTRICT, UnitKind.GOVERNMENT, null);
    static final MemberUnit GUICHENG = unit(3, UnitLevel.TOWN, UnitKind.TOWN_STREET, NANHAI);
    static final MemberUnit BUREAU = unit(4, UnitLevel.CITY, UnitKind.DEPARTMENT, null);
    static final MemberUnit DISTRICT_BUREAU = unit(5, UnitLevel.DISTRICT, UnitKind.DEPARTMENT, NANHAI);

    static void refused(Runnable step, String key, String field) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.fieldErrors()).extracting(error -> error.field()).containsExactly(field);
        });
    }

    @Test
    void aTownBelongsToTheDistrictGivenAndPlacesTheOrderInItsOwn() {
        assertThat(OrderRules.place(1L, NANHAI, 3L, GUICHENG)).isEqualTo(new OrderRules.Place(NANHAI, GUICHENG));
        assertThat(OrderRules.place(null, null, 3L, GUICHENG)).isEqualTo(new OrderRules.Place(NANHAI, GUICHENG));
        assertThat(OrderRules.place(2L, CHANCHENG, null, null)).isEqualTo(new OrderRules.Place(CHANCHENG, null));
        assertThat(OrderRules.place(null, null, null, null)).isEqualTo(new OrderRules.Place(null, null));
        refused(() -> OrderRules.place(2L, CHANCHENG, 3L, GUICHENG), "workorder.town-unusable", "townUnitId");
    }

    @Test
    void onlyADistrictGovernmentIsADistrictAndOnlyATownIsATown() {
        refused(() -> OrderRules.place(5L, DISTRICT_BUREAU, null, null), "workorder.district-unusable", "districtUnitId");
        refused(() -> OrderRules.place(4L, BUREAU, null, null), "workorder.district-unusable", "districtUnitId");
        refused(() -> OrderRules.place(99L, null, null, null), "workorder.district-unusable", "districtUnitId");
        refused(() -> OrderRules.place(null, null, 1L, NANHAI), "workorder.town-unusable", "townUnitId");
        refused(() -> OrderRules.place(null, null, 98L, null), "workorder.town-unusable", "townUnitId");
    }

    @Test
    void theLeadUnitCannotAlsoAssistAndCoUnitsCountOnce() {
        assertThat(OrderRules.coUnitIds(BUREAU, List.of(2L, 3L, 2L))).containsExactly(2L, 3L);
        assertThat(OrderRules.coUnitIds(BUREAU, null)).isEmpty();
        refused(() -> OrderRules.coUnitIds(BUREAU, List.of(3L, 4L)), "workorder.co-unit-is-lead", "coUnitIds");
    }

    @Test
    void anInactiveUnitOrTopicIsNotUsable() {
        MemberUnit closed = unit(6, UnitLevel.CITY, UnitKind.DEPARTMENT, null);
        closed.active = false;
        refused(() -> OrderRules.usableUnit("leadUnitId", 6L, closed), "workorder.unit-unusable", "leadUnitId");
        refused(() -> OrderRules.usableUnit("coUnitIds", 7L, null), "workorder.unit-unusable", "coUnitIds");
        assertThat(OrderRules.usableUnit("leadUnitId", 4L, BUREAU)).isSameAs(BUREAU);
        Category retired = new Category();
        retired.active = false;
        refused(() -> OrderRules.usableCategory(8L, retired), "workorder.category-unusable", "categoryId");
        refused(() -> OrderRules.usableCategory(9L, null), "workorder.category-unusable", "categoryId");
    }
}

package cn.hotline12345.workorder;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.topic.Category;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitKind;
import cn.hotline12345.unit.UnitLevel;

/**
 * The rules of registering and dispatching an order, on topics and units already loaded (a requested
 * id that found nothing is null): plain Java, tested without a database. Each refusal names its field.
 */
final class OrderRules {

    private OrderRules() {
    }

    /** The topic must exist and be in use. */
    static Category usableCategory(Long requestedId, Category found) {
        if (found == null || !found.active) {
            throw invalid("categoryId", "workorder.category-unusable", requestedId);
        }
        return found;
    }

    /**
     * Where the order took place: a district government (区) and, optionally, one of its towns or
     * streets (镇街). A town alone places the order in its district too.
     */
    record Place(MemberUnit district, MemberUnit town) {
    }

    static Place place(Long districtId, MemberUnit district, Long townId, MemberUnit town) {
        if (districtId != null && (district == null || district.level != UnitLevel.DISTRICT
                || district.kind != UnitKind.GOVERNMENT)) {
            throw invalid("districtUnitId", "workorder.district-unusable", districtId);
        }
        if (townId != null && (town == null || town.level != UnitLevel.TOWN
                || (district != null && (town.parent == null || !town.parent.id.equals(district.id))))) {
            throw invalid("townUnitId", "workorder.town-unusable", townId);
        }
        return new Place(district != null ? district : town == null ? null : town.parent, town);
    }

    /** A unit an order can be sent to: it exists and is active. */
    static MemberUnit usableUnit(String field, Long requestedId, MemberUnit found) {
        if (found == null || !found.active) {
            throw new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError(field, "workorder.unit-unusable")),
                    "workorder.unit-unusable", requestedId);
        }
        return found;
    }

    /** The co-units (协办) asked for, each once, in the order given; the lead unit cannot also assist. */
    static Set<Long> coUnitIds(MemberUnit lead, Collection<Long> requested) {
        Set<Long> ids = new LinkedHashSet<>(requested == null ? List.of() : requested);
        if (ids.contains(lead.id)) {
            throw invalid("coUnitIds", "workorder.co-unit-is-lead", lead.code);
        }
        return ids;
    }

    static DomainException invalid(String field, String key, Object argument) {
        return new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError(field, key)), key, argument);
    }
}

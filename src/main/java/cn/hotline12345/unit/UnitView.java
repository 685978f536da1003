package cn.hotline12345.unit;

import java.time.Instant;

/** A unit as the API shows it. */
public record UnitView(
        long id,
        String code,
        String name,
        UnitLevel level,
        UnitKind kind,
        Long parentId,
        String parentCode,
        String parentName,
        String contactPhone,
        boolean active,
        Instant updatedAt,
        int version) {

    public static UnitView of(MemberUnit unit) {
        MemberUnit parent = unit.parent;
        return new UnitView(unit.id, unit.code, unit.name, unit.level, unit.kind,
                parent == null ? null : parent.id,
                parent == null ? null : parent.code,
                parent == null ? null : parent.name,
                unit.contactPhone, unit.active, unit.updatedAt, unit.version);
    }
}

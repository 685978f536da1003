package cn.hotline12345.unit;

/**
 * The group a member unit is ranked in. Municipal practice compares like with like: city
 * departments with each other, district governments, district departments, towns and streets,
 * and public-service enterprises, each in a list of its own.
 */
public enum UnitGroup {
    /** 市直部门 */
    CITY_DEPARTMENT,
    /** 区人民政府 */
    DISTRICT_GOVERNMENT,
    /** 区直部门 */
    DISTRICT_DEPARTMENT,
    /** 镇街 */
    TOWN_STREET,
    /** 公共服务企业 */
    ENTERPRISE;

    public static UnitGroup of(UnitLevel level, UnitKind kind) {
        if (kind == UnitKind.ENTERPRISE) {
            return ENTERPRISE;
        }
        return switch (level) {
            case CITY -> CITY_DEPARTMENT;
            case DISTRICT -> kind == UnitKind.GOVERNMENT ? DISTRICT_GOVERNMENT : DISTRICT_DEPARTMENT;
            case TOWN -> TOWN_STREET;
        };
    }
}

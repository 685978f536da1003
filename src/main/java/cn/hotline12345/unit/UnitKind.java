package cn.hotline12345.unit;

/** What sort of organisation a member unit is. */
public enum UnitKind {
    /** A people's government: a district government. */
    GOVERNMENT,
    /** A functional department or public institution. */
    DEPARTMENT,
    /** A town government or street office (镇街). */
    TOWN_STREET,
    /** A public-service enterprise: water, power, gas, telecom, transit. */
    ENTERPRISE
}

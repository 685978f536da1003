package cn.hotline12345.unit;

/** Administrative level of a member unit, from the city down to towns and streets. */
public enum UnitLevel {
    CITY,
    DISTRICT,
    TOWN;

    /** How many levels this one lies below {@code other} (negative when above). */
    public int below(UnitLevel other) {
        return ordinal() - other.ordinal();
    }
}

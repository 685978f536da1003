package cn.hotline12345.sla;

/** A public holiday (放假) or a make-up working day on a weekend (调休上班). */
public enum HolidayKind {
    HOLIDAY,
    WORKDAY
}

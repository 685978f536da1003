package cn.hotline12345.unit;

/** Fired when a unit is deactivated: its handlers may no longer log in. */
public record UnitDeactivated(long unitId) {
}

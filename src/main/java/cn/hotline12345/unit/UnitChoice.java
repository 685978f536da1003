package cn.hotline12345.unit;

/**
 * A unit as the unit picker offers it: what a dispatcher types to find it (name, code, the pinyin
 * initials of the name, e.g. fsrlzy for 佛山市人力资源…) and where it sits (the parent's name).
 */
public record UnitChoice(long id, String code, String name, UnitLevel level, UnitKind kind, String parentName,
        String initials) {
}

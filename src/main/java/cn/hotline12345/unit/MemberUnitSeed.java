package cn.hotline12345.unit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hotline12345.common.CsvRows;
import cn.hotline12345.common.Strings;

/** Reads and checks the member-unit seed file (CSV: code,name,level,parent_code,kind,contact_phone). */
public final class MemberUnitSeed {

    public static final String HEADER = "code,name,level,parent_code,kind,contact_phone";

    public record Row(String code, String name, UnitLevel level, String parentCode, UnitKind kind,
            String contactPhone) {
    }

    private MemberUnitSeed() {
    }

    public static List<Row> parse(String csv) {
        return CsvRows.parse(csv, HEADER).stream()
                .map(cells -> new Row(cells[0], cells[1], UnitLevel.valueOf(cells[2]), Strings.blankToNull(cells[3]),
                        UnitKind.valueOf(cells[4]), Strings.blankToNull(cells[5])))
                .toList();
    }

    /** Unique codes and names, parents listed before children, and every placement legal. */
    public static void check(List<Row> rows) {
        Map<String, UnitHierarchy.Node> byCode = new HashMap<>();
        Map<Long, UnitHierarchy.Node> byId = new HashMap<>();
        Set<String> names = new HashSet<>();
        long nextId = 1;
        for (Row row : rows) {
            if (byCode.containsKey(row.code()) || !names.add(row.name())) {
                throw new IllegalArgumentException("duplicate unit " + row.code() + " " + row.name());
            }
            UnitHierarchy.Node parent = null;
            if (row.parentCode() != null) {
                parent = byCode.get(row.parentCode());
                if (parent == null) {
                    throw new IllegalArgumentException(row.code() + ": parent " + row.parentCode() + " not listed before it");
                }
            }
            UnitHierarchy.checkPlacement(null, row.level(), parent, byId::get);
            UnitHierarchy.Node node = new UnitHierarchy.Node(nextId++, row.code(), row.level(), true,
                    parent == null ? null : parent.id());
            byCode.put(row.code(), node);
            byId.put(node.id(), node);
        }
    }
}

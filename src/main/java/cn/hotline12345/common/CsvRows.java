package cn.hotline12345.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed files' CSV: a fixed header, comma-separated fields that never contain commas or quotes,
 * blank lines ignored. Strict on purpose: a malformed seed must stop the migration, not load half.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<String[]> parse(String csv, String header) {
        String[] lines = csv.replace("\r\n", "\n").split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(header)) {
            throw new IllegalArgumentException("seed must start with the header " + header);
        }
        int width = header.split(",").length;
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            if (cells.length != width) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected " + width + " fields, found " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}

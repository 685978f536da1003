package cn.hotline12345.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of report tables (Apache POI): a bold header per sheet, numbers as numbers, rates as
 * fractions shown as percentages (a column whose title ends in 率, or a row marked as rates), text
 * as text cells, which a spreadsheet never reads as a formula.
 */
public final class Spreadsheet implements AutoCloseable {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle percent;
    private final Map<Sheet, List<String>> titles = new HashMap<>();

    public Spreadsheet() {
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    }

    public Sheet sheet(String name, List<String> columns) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
        }
        titles.put(sheet, columns);
        sheet.setColumnWidth(0, 30 * 256);
        return sheet;
    }

    /** Appends a row; its Double values are rates when their column's title ends in 率. */
    public void row(Sheet sheet, List<?> values) {
        row(sheet, values, false);
    }

    /** Appends a row; with {@code rates}, every Double in it is a rate. */
    public void row(Sheet sheet, List<?> values, boolean rates) {
        List<String> columns = titles.getOrDefault(sheet, List.of());
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            boolean rate = rates || (i < columns.size() && columns.get(i).endsWith("率"));
            put(row.createCell(i), values.get(i), rate);
        }
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(Cell cell, Object value, boolean rate) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
            if (rate && value instanceof Double) {
                cell.setCellStyle(percent);
            }
        } else {
            cell.setCellValue(value.toString());
        }
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

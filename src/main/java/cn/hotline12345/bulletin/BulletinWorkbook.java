package cn.hotline12345.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.quarkus.qute.i18n.MessageBundles;

import cn.hotline12345.statistics.CallFigures;
import cn.hotline12345.statistics.HotTopics;
import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.statistics.StatisticsMessages;
import cn.hotline12345.statistics.UnitFigures;

/**
 * The bulletin as a spreadsheet (.xlsx, Apache POI): the key figures, the unit table with scores and
 * ranks, the orders by topic and district, the hot topics; and the unit table as CSV. Numbers are
 * numbers, rates are fractions formatted as percentages, so the figures can be computed with.
 */
@ApplicationScoped
public class BulletinWorkbook {

    /** The columns of the unit table, in the workbook and in the CSV. */
    static final List<String> UNIT_COLUMNS = List.of("分组", "排名", "单位编码", "单位名称", "派单", "按时签收率", "答复",
            "按时答复", "按时答复率", "回退", "回退率", "重办", "重办率", "回访", "满意率", "超期未办", "得分", "红榜", "黑榜");

    public byte[] xlsx(BulletinContent b) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            summary(book.createSheet("概况"), b, styles);
            units(book.createSheet("成员单位"), b, styles);
            named(book.createSheet("按分类"), "分类", b.figures().orders().current().byCategory(), styles);
            named(book.createSheet("按区"), "区", b.figures().orders().current().byDistrict(), styles);
            topics(book.createSheet("热点"), b.figures().topics(), styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csv(BulletinContent b) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(UNIT_COLUMNS.toArray(String[]::new))
                .get())) {
            for (List<Object> row : unitRows(b)) {
                List<Object> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(cell instanceof String text ? neutralised(text) : cell == null ? "" : cell);
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out; // a byte order mark, so spreadsheet programs read the Chinese as UTF-8
    }

    /** A text a spreadsheet would take for a formula (=, +, -, @ first) is written as text. */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static List<List<Object>> unitRows(BulletinContent b) {
        List<List<Object>> rows = new ArrayList<>();
        for (BulletinContent.GroupSection group : b.figures().units().groups()) {
            for (BulletinContent.UnitLine r : group.rows()) {
                List<Object> row = new ArrayList<>();
                row.add(groupLabel(group));
                row.add(r.rank());
                row.add(r.unitCode());
                row.add(r.unitName());
                row.add(r.dispatched());
                row.add(r.signedOnTimeRate());
                row.add(r.replied());
                row.add(r.repliedOnTime());
                row.add(r.repliedOnTimeRate());
                row.add(r.returned());
                row.add(r.returnRate());
                row.add(r.sentBack());
                row.add(r.sentBackRate());
                row.add(r.calledBack());
                row.add(r.satisfactionRate());
                row.add(r.overdueOpen());
                row.add(r.total());
                row.add(r.red() ? "是" : "");
                row.add(r.black() ? "是" : "");
                rows.add(row);
            }
        }
        return rows;
    }

    private static String groupLabel(BulletinContent.GroupSection group) {
        StatisticsMessages labels = MessageBundles.get(StatisticsMessages.class);
        return switch (group.group()) {
            case CITY_DEPARTMENT -> labels.UnitGroup_CITY_DEPARTMENT();
            case DISTRICT_GOVERNMENT -> labels.UnitGroup_DISTRICT_GOVERNMENT();
            case DISTRICT_DEPARTMENT -> labels.UnitGroup_DISTRICT_DEPARTMENT();
            case TOWN_STREET -> labels.UnitGroup_TOWN_STREET();
            case ENTERPRISE -> labels.UnitGroup_ENTERPRISE();
        };
    }

    private static void summary(Sheet sheet, BulletinContent b, Styles styles) {
        header(sheet, styles, List.of(b.title(), "本月", "上月", "去年同期"));
        CallFigures c = b.figures().calls().current();
        CallFigures cp = b.figures().calls().previous();
        CallFigures cl = b.figures().calls().lastYear();
        OrderFigures o = b.figures().orders().current();
        OrderFigures op = b.figures().orders().previous();
        OrderFigures ol = b.figures().orders().lastYear();
        UnitFigures u = b.figures().cityUnits();
        UnitFigures up = b.figures().cityUnitsBefore();
        int r = 1;
        r = line(sheet, r, styles, "人工服务来电", c.offered(), cp.offered(), cl.offered());
        r = line(sheet, r, styles, "接通", c.answered(), cp.answered(), cl.answered());
        r = line(sheet, r, styles, "接通率", c.answerRate(), cp.answerRate(), cl.answerRate());
        r = line(sheet, r, styles, "15秒接通率", c.serviceLevel(), cp.serviceLevel(), cl.serviceLevel());
        r = line(sheet, r, styles, "放弃", c.abandoned(), cp.abandoned(), cl.abandoned());
        r = line(sheet, r, styles, "漏接回拨", c.abandonedCalledBack(), cp.abandonedCalledBack(), cl.abandonedCalledBack());
        r = line(sheet, r, styles, "受理工单", o.registered(), op.registered(), ol.registered());
        r = line(sheet, r, styles, "直接办结", o.answeredDirectly(), op.answeredDirectly(), ol.answeredDirectly());
        r = line(sheet, r, styles, "派发成员单位", o.dispatched(), op.dispatched(), ol.dispatched());
        r = line(sheet, r, styles, "办结", o.closed(), op.closed(), ol.closed());
        r = line(sheet, r, styles, "按时答复率", u.repliedOnTimeRate(), up.repliedOnTimeRate(), null);
        r = line(sheet, r, styles, "及时签收率", u.signedOnTimeRate(), up.signedOnTimeRate(), null);
        r = line(sheet, r, styles, "满意率", u.satisfactionRate(), up.satisfactionRate(), null);
        line(sheet, r, styles, "月末超期未办", u.overdueOpen(), up.overdueOpen(), null);
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static void units(Sheet sheet, BulletinContent b, Styles styles) {
        header(sheet, styles, UNIT_COLUMNS);
        int r = 1;
        for (List<Object> values : unitRows(b)) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                put(row.createCell(i), values.get(i), UNIT_COLUMNS.get(i).endsWith("率"), styles);
            }
        }
        sheet.setColumnWidth(3, 36 * 256);
        sheet.createFreezePane(4, 1);
    }

    private static void named(Sheet sheet, String what, List<OrderFigures.Named> counts, Styles styles) {
        header(sheet, styles, List.of(what, "受理工单"));
        int r = 1;
        for (OrderFigures.Named n : counts) {
            Row row = sheet.createRow(r++);
            put(row.createCell(0), n.name() == null ? "未注明" : n.name(), false, styles);
            put(row.createCell(1), n.count(), false, styles);
        }
        sheet.setColumnWidth(0, 30 * 256);
    }

    private static void topics(Sheet sheet, HotTopics.Report topics, Styles styles) {
        header(sheet, styles, List.of("热点词", "本月工单", "上月工单"));
        int r = 1;
        for (HotTopics.Word w : topics.words()) {
            Row row = sheet.createRow(r++);
            put(row.createCell(0), w.word(), false, styles);
            put(row.createCell(1), w.count(), false, styles);
            put(row.createCell(2), w.previous(), false, styles);
        }
        r++;
        Row head = sheet.createRow(r++);
        put(head.createCell(0), "增长较快的分类", false, styles);
        for (HotTopics.Topic t : topics.growing()) {
            Row row = sheet.createRow(r++);
            put(row.createCell(0), t.name(), false, styles);
            put(row.createCell(1), t.count(), false, styles);
            put(row.createCell(2), t.previous(), false, styles);
        }
        sheet.setColumnWidth(0, 30 * 256);
    }

    private static int line(Sheet sheet, int r, Styles styles, String label, Object now, Object before, Object lastYear) {
        Row row = sheet.createRow(r);
        boolean rate = now instanceof Double || before instanceof Double;
        put(row.createCell(0), label, false, styles);
        put(row.createCell(1), now, rate, styles);
        put(row.createCell(2), before, rate, styles);
        put(row.createCell(3), lastYear, rate, styles);
        return r + 1;
    }

    private static void header(Sheet sheet, Styles styles, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(styles.header);
        }
    }

    private static void put(Cell cell, Object value, boolean rate, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
            if (rate) {
                cell.setCellStyle(styles.percent);
            }
        } else {
            cell.setCellValue(value.toString()); // a string cell is never read as a formula
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;

        Styles(XSSFWorkbook book) {
            header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        }
    }
}

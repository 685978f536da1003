package cn.hotline12345.bulletin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;

import io.quarkus.qute.i18n.MessageBundles;

import cn.hotline12345.common.SpreadsheetText;
import cn.hotline12345.statistics.CallFigures;
import cn.hotline12345.statistics.HotTopics;
import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.statistics.Spreadsheet;
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
        try (Spreadsheet book = new Spreadsheet()) {
            summary(book, b);
            Sheet units = book.sheet("成员单位", UNIT_COLUMNS);
            unitRows(b).forEach(row -> book.row(units, row));
            units.setColumnWidth(3, 36 * 256);
            units.createFreezePane(4, 1);
            named(book, "按分类", "分类", b.figures().orders().current().byCategory());
            named(book, "按区", "区", b.figures().orders().current().byDistrict());
            topics(book, b.figures().topics());
            return book.bytes();
        }
    }

    public String csv(BulletinContent b) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(UNIT_COLUMNS.toArray(String[]::new))
                .get())) {
            for (List<Object> row : unitRows(b)) {
                List<Object> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(cell instanceof String text ? SpreadsheetText.guarded(text) : cell == null ? "" : cell);
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out; // a byte order mark, so spreadsheet programs read the Chinese as UTF-8
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

    private static void summary(Spreadsheet book, BulletinContent b) {
        Sheet sheet = book.sheet("概况", List.of(b.title(), "本月", "上月", "去年同期"));
        CallFigures c = b.figures().calls().current();
        CallFigures cp = b.figures().calls().previous();
        CallFigures cl = b.figures().calls().lastYear();
        OrderFigures o = b.figures().orders().current();
        OrderFigures op = b.figures().orders().previous();
        OrderFigures ol = b.figures().orders().lastYear();
        UnitFigures u = b.figures().cityUnits();
        UnitFigures up = b.figures().cityUnitsBefore();
        List<List<Object>> lines = List.of(
                List.of("人工服务来电", c.offered(), cp.offered(), cl.offered()),
                List.of("接通", c.answered(), cp.answered(), cl.answered()),
                nullable("接通率", c.answerRate(), cp.answerRate(), cl.answerRate()),
                nullable("15秒接通率", c.serviceLevel(), cp.serviceLevel(), cl.serviceLevel()),
                List.of("放弃", c.abandoned(), cp.abandoned(), cl.abandoned()),
                List.of("漏接回拨", c.abandonedCalledBack(), cp.abandonedCalledBack(), cl.abandonedCalledBack()),
                List.of("受理工单", o.registered(), op.registered(), ol.registered()),
                List.of("直接办结", o.answeredDirectly(), op.answeredDirectly(), ol.answeredDirectly()),
                List.of("派发成员单位", o.dispatched(), op.dispatched(), ol.dispatched()),
                List.of("办结", o.closed(), op.closed(), ol.closed()),
                nullable("按时答复率", u.repliedOnTimeRate(), up.repliedOnTimeRate(), null),
                nullable("及时签收率", u.signedOnTimeRate(), up.signedOnTimeRate(), null),
                nullable("满意率", u.satisfactionRate(), up.satisfactionRate(), null),
                nullable("月末超期未办", u.overdueOpen(), up.overdueOpen(), null));
        for (List<Object> line : lines) {
            book.row(sheet, line, ((String) line.get(0)).endsWith("率"));
        }
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static List<Object> nullable(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static void named(Spreadsheet book, String name, String what, List<OrderFigures.Named> counts) {
        Sheet sheet = book.sheet(name, List.of(what, "受理工单"));
        for (OrderFigures.Named n : counts) {
            book.row(sheet, List.of(n.name() == null ? "未注明" : n.name(), n.count()));
        }
    }

    private static void topics(Spreadsheet book, HotTopics.Report topics) {
        Sheet sheet = book.sheet("热点", List.of("热点词", "本月工单", "上月工单"));
        for (HotTopics.Word w : topics.words()) {
            book.row(sheet, List.of(w.word(), w.count(), w.previous()));
        }
        book.row(sheet, List.of());
        book.row(sheet, List.of("增长较快的分类", "本月工单", "上月工单"));
        for (HotTopics.Topic t : topics.growing()) {
            book.row(sheet, List.of(t.name(), t.count(), t.previous()));
        }
    }
}

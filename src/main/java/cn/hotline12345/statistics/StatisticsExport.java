package cn.hotline12345.statistics;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Sheet;

/** Every table of the statistics page as one workbook, a sheet a table. */
@ApplicationScoped
public class StatisticsExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    byte[] workbook(StatisticsPages.Report report) {
        try (Spreadsheet book = new Spreadsheet()) {
            CallFigures c = report.calls().current();
            Sheet calls = book.sheet("话务", List.of("指标", "本期", "上期", "去年同期"));
            CallFigures p = report.calls().previous();
            CallFigures l = report.calls().lastYear();
            book.row(calls, List.of("呼入总量", c.received(), p.received(), l.received()));
            book.row(calls, List.of("人工服务来电", c.offered(), p.offered(), l.offered()));
            book.row(calls, List.of("接通", c.answered(), p.answered(), l.answered()));
            book.row(calls, java.util.Arrays.asList("接通率", c.answerRate(), p.answerRate(), l.answerRate()), true);
            book.row(calls, java.util.Arrays.asList("15秒接通率", c.serviceLevel(), p.serviceLevel(), l.serviceLevel()), true);
            book.row(calls, List.of("放弃", c.abandoned(), p.abandoned(), l.abandoned()));
            book.row(calls, List.of("漏接回拨", c.abandonedCalledBack(), p.abandonedCalledBack(), l.abandonedCalledBack()));
            Sheet hours = book.sheet("话务按时段", List.of("时段", "人工来电", "接通", "放弃", "15秒内接通"));
            for (CallFigures.Hour h : c.byHour()) {
                book.row(hours, List.of(h.hour() + "时", h.offered(), h.answered(), h.abandoned(), h.answeredWithin15s()));
            }
            OrderFigures o = report.orders().current();
            Sheet categories = book.sheet("工单按分类", List.of("分类", "受理工单"));
            o.byCategory().forEach(n -> book.row(categories, List.of(name(n), n.count())));
            Sheet districts = book.sheet("工单按区", List.of("区", "受理工单"));
            o.byDistrict().forEach(n -> book.row(districts, List.of(name(n), n.count())));
            Sheet days = book.sheet("工单按日", List.of("日期", "受理工单"));
            o.byDay().forEach(d -> book.row(days, List.of(d.key().toString(), d.count())));
            Sheet units = book.sheet("成员单位", List.of("单位编码", "单位名称", "派单", "协办", "按时签收", "答复", "按时答复",
                    "超期未办", "退单", "重办", "审核通过", "催办", "督办", "延期", "回访", "满意", "基本满意", "不满意", "联系不上",
                    "及时签收率", "按时答复率", "回退率", "重办率", "回访率", "满意率"));
            for (StatisticsService.UnitRow row : report.units().rows()) {
                UnitFigures f = row.figures();
                List<Object> values = new ArrayList<>(List.of(row.unitCode(), row.unitName(), f.dispatched(),
                        f.coDispatched(), f.signedOnTime(), f.replied(), f.repliedOnTime(), f.overdueOpen(), f.returned(),
                        f.sentBack(), f.reviewed(), f.urged(), f.supervised(), f.extended(), f.calledBack(), f.satisfied(),
                        f.basicallySatisfied(), f.dissatisfied(), f.unreachable()));
                values.addAll(java.util.Arrays.asList(f.signedOnTimeRate(), f.repliedOnTimeRate(), f.returnRate(),
                        f.sentBackRate(), f.callbackRate(), f.satisfactionRate()));
                book.row(units, values);
            }
            units.setColumnWidth(1, 36 * 256);
            Sheet words = book.sheet("热点词", List.of("热点词", "本期工单", "上期工单"));
            report.topics().words().forEach(w -> book.row(words, List.of(w.word(), w.count(), w.previous())));
            return book.bytes();
        }
    }

    private static String name(OrderFigures.Named n) {
        return n.name() == null ? "未注明" : n.name();
    }
}

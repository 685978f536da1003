package cn.hotline12345.bulletin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.hotline12345.assessment.SchemeDefinition;
import cn.hotline12345.statistics.CallFigures;
import cn.hotline12345.statistics.HotTopics;
import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.statistics.Period;
import cn.hotline12345.statistics.StatisticsService;
import cn.hotline12345.statistics.UnitFigures;
import cn.hotline12345.unit.UnitGroup;

/**
 * A bulletin as a document: what a published revision stores, whole, and what the page, the PDF and
 * the workbook are all made from. Published content is never recomputed: a later reply or correction
 * of an order changes only a new revision.
 */
public record BulletinContent(String number, String title, YearMonth month, LocalDate issuedOn, int revision,
        String revisionNote, Figures figures, Narrative narrative, List<Case> cases) {

    /** The computed sections (基本情况, 话务, 工单受理, 成员单位办理情况, 热点难点, 满意度). */
    public record Figures(Instant computedAt, Period period, StatisticsService.Compared<CallFigures> calls,
            StatisticsService.Compared<OrderFigures> orders, UnitFigures cityUnits, UnitFigures cityUnitsBefore,
            Units units, HotTopics.Report topics, List<MonthTrend> trend) {
    }

    /** The member units' section: every group ranked under the scheme of the month. */
    public record Units(int schemeVersion, SchemeDefinition scheme, List<GroupSection> groups) {
    }

    public record GroupSection(UnitGroup group, int ranked, List<UnitLine> rows, List<UnitLine> red,
            List<UnitLine> black) {
    }

    /** One unit's line of the unit table. */
    public record UnitLine(long unitId, String unitCode, String unitName, long dispatched, long replied,
            long repliedOnTime, long overdueOpen, long returned, long sentBack, long calledBack, Double signedOnTimeRate,
            Double repliedOnTimeRate, Double returnRate, Double sentBackRate, Double satisfactionRate, BigDecimal total,
            boolean ranked, Integer rank, boolean red, boolean black, String costliest, BigDecimal costliestLost) {

        /** As the red and black lists publish a unit: its name, rank, points and what cost it most. */
        UnitLine listed() {
            return new UnitLine(unitId, unitCode, unitName, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null, total,
                    ranked, rank, red, black, costliest, costliestLost);
        }
    }

    /** A month of the trend shown beside the month's figures. */
    public record MonthTrend(YearMonth month, long registered, long offered, Double answerRate,
            Double repliedOnTimeRate, Double satisfactionRate) {
    }

    /** What the managers write: the foreword, hot issues, units' good practice and problems. */
    public record Narrative(String foreword, String hotIssues, String goodPractice, String problems) {

        public static final Narrative EMPTY = new Narrative("", "", "", "");
    }

    /** A typical case (典型案例), with the citizen's personal data masked. */
    public record Case(long workOrderId, String number, String category, String unit, String title, String text,
            String reply, String note) {
    }

    /**
     * The member-unit edition: the unit tables cut to the reader's own line; the red and black lists
     * as published (names, ranks, points, what cost them most), no other unit's figures.
     */
    public BulletinContent forUnit(long unitId) {
        Figures f = figures;
        List<GroupSection> groups = f.units().groups().stream().map(g -> new GroupSection(g.group(), g.ranked(),
                g.rows().stream().filter(r -> r.unitId() == unitId).toList(),
                g.red().stream().map(UnitLine::listed).toList(), g.black().stream().map(UnitLine::listed).toList()))
                .toList();
        HotTopics.Report t = f.topics();
        HotTopics.Report topics = new HotTopics.Report(t.period(), t.growing(), t.words().stream()
                .map(w -> new HotTopics.Word(w.word(), w.count(), w.previous(), w.score(), w.districts(), List.of()))
                .toList(), t.sentBack(), t.overdue(), t.dissatisfied(), t.repeatCallers(), t.indexed());
        Figures cut = new Figures(f.computedAt(), f.period(), f.calls(), f.orders(), f.cityUnits(), f.cityUnitsBefore(),
                new Units(f.units().schemeVersion(), f.units().scheme(), groups), topics, f.trend());
        return new BulletinContent(number, title, month, issuedOn, revision, revisionNote, cut, narrative, cases);
    }
}

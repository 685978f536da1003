package cn.hotline12345.bulletin;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.hotline12345.assessment.AssessmentService;
import cn.hotline12345.assessment.Ranking;
import cn.hotline12345.assessment.Scoring;
import cn.hotline12345.statistics.CallFigures;
import cn.hotline12345.statistics.HotTopics;
import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.statistics.Period;
import cn.hotline12345.statistics.ReportWorkers;
import cn.hotline12345.statistics.Scope;
import cn.hotline12345.statistics.StatisticsService;
import cn.hotline12345.statistics.UnitFigures;

/** Computes every section of a month's bulletin from the statistics, the assessment and the hot topics. */
@ApplicationScoped
public class BulletinFigures {

    /** Months the trend shows, the bulletin's own included. */
    static final int TREND_MONTHS = 6;

    @Inject
    StatisticsService statistics;

    @Inject
    AssessmentService assessment;

    @Inject
    HotTopics hotTopics;

    @Inject
    BulletinStore store;

    @Inject
    Clock clock;

    @Inject
    ReportWorkers workers;

    /** Every section; the independent counts run side by side on the reporting database and Elasticsearch. */
    public BulletinContent.Figures compute(YearMonth month) {
        Period period = Period.month(month);
        var calls = workers.start(() -> statistics.calls(period));
        var orders = workers.start(() -> statistics.orders(period, Scope.CITY));
        var table = workers.start(() -> statistics.units(period, Scope.CITY));
        var before = workers.start(() -> statistics.units(period.previous(), Scope.CITY).totals());
        var topics = workers.start(() -> hotTopics.of(period, Scope.CITY));
        List<CompletableFuture<BulletinContent.MonthTrend>> earlier = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 1; i--) {
            earlier.add(trendOf(month.minusMonths(i)));
        }
        AssessmentService.Assessment assessed = assessment.assess(period, null, ReportWorkers.result(table));
        List<BulletinContent.GroupSection> groups = assessed.groups().stream().map(BulletinFigures::section).toList();
        List<BulletinContent.MonthTrend> trend = new ArrayList<>();
        earlier.forEach(point -> trend.add(ReportWorkers.result(point)));
        trend.add(point(month, ReportWorkers.result(orders).current(), ReportWorkers.result(calls).current(),
                ReportWorkers.result(table).totals()));
        return new BulletinContent.Figures(clock.instant(), period, ReportWorkers.result(calls),
                ReportWorkers.result(orders), ReportWorkers.result(table).totals(), ReportWorkers.result(before),
                new BulletinContent.Units(assessed.scheme().version(), assessed.scheme().definition(), groups),
                ReportWorkers.result(topics), trend);
    }

    /** An earlier month of the trend: as its published bulletin said, or counted now when it has none. */
    private CompletableFuture<BulletinContent.MonthTrend> trendOf(YearMonth month) {
        Optional<BulletinContent> published = store.latestPublished(month);
        if (published.isPresent()) {
            List<BulletinContent.MonthTrend> trend = published.get().figures().trend();
            return CompletableFuture.completedFuture(trend.get(trend.size() - 1));
        }
        Period period = Period.month(month);
        return workers.start(() -> point(month, statistics.orderFigures(period, Scope.CITY),
                statistics.callFigures(period), statistics.units(period, Scope.CITY).totals()));
    }

    private static BulletinContent.MonthTrend point(YearMonth month, OrderFigures orders, CallFigures calls,
            UnitFigures units) {
        return new BulletinContent.MonthTrend(month, orders.registered(), calls.offered(), calls.answerRate(),
                units.repliedOnTimeRate(), units.satisfactionRate());
    }

    private static BulletinContent.GroupSection section(Ranking.Group group) {
        List<BulletinContent.UnitLine> rows = group.rows().stream().map(BulletinFigures::line).toList();
        return new BulletinContent.GroupSection(group.group(), (int) group.rows().stream().filter(Ranking.Ranked::ranked)
                .count(), rows, group.red().stream().map(BulletinFigures::line).toList(),
                group.black().stream().map(BulletinFigures::line).toList());
    }

    private static BulletinContent.UnitLine line(Ranking.Ranked r) {
        UnitFigures f = r.figures();
        Scoring.IndicatorScore costliest = r.score().costliest();
        return new BulletinContent.UnitLine(r.unitId(), r.unitCode(), r.unitName(), f.dispatched(), f.replied(),
                f.repliedOnTime(), f.overdueOpen(), f.returned(), f.sentBack(), f.calledBack(), f.signedOnTimeRate(),
                f.repliedOnTimeRate(), f.returnRate(), f.sentBackRate(), f.satisfactionRate(), r.score().total(),
                r.ranked(), r.rank(), r.red(), r.black(), costliest == null ? null : costliest.label(),
                costliest == null ? null : costliest.lost());
    }
}

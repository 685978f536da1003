package cn.hotline12345.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import cn.hotline12345.account.Account;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.bulletin.BulletinService;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.knowledge.KnowledgeService;
import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.statistics.Period;
import cn.hotline12345.statistics.Rates;
import cn.hotline12345.statistics.Scope;
import cn.hotline12345.statistics.StatisticsService;
import cn.hotline12345.statistics.UnitFigures;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.workorder.WorkOrderFigures;

/** Each role's workbench: what waits on them, and for managers the month so far. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agent(long registeredToday);

        static native TemplateInstance supervisor(WorkOrderFigures.Queues queues);

        static native TemplateInstance unitHandler(MemberUnit unit, WorkOrderFigures.UnitQueue queue);

        static native TemplateInstance editor(KnowledgeService.Workbench work);

        static native TemplateInstance manager(MonthSoFar month, WorkOrderFigures.Queues queues,
                List<BulletinService.Summary> bulletins);

        static native TemplateInstance admin(long activeUnits, long accounts);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkOrderFigures figures;

    @Inject
    StatisticsService statistics;

    @Inject
    BulletinService bulletins;

    @Inject
    HotlineConfig config;

    @Inject
    KnowledgeService knowledge;

    @Inject
    Clock clock;

    /** The month so far on the manager's workbench, with the statistics' own definitions. */
    public record MonthSoFar(OrderFigures orders, UnitFigures units) {

        public String onTimeRate() {
            return Rates.percent(units.repliedOnTimeRate());
        }

        public String satisfactionRate() {
            return Rates.percent(units.satisfactionRate());
        }
    }

    @GET
    public TemplateInstance home() {
        return switch (currentUser.role()) {
            case AGENT -> Templates.agent(figures.registeredTodayBy(currentUser.username()));
            case SUPERVISOR -> Templates.supervisor(figures.queues());
            case UNIT_HANDLER -> Templates.unitHandler(MemberUnit.findById(currentUser.unitId()),
                    figures.unitQueue(currentUser.unitId()));
            case KB_EDITOR, KB_REVIEWER -> Templates.editor(knowledge.workbench());
            case MANAGER -> Templates.manager(monthSoFar(), figures.queues(), bulletins.list().stream().limit(3).toList());
            case ADMIN -> Templates.admin(MemberUnit.count("active", true), Account.count());
        };
    }

    private MonthSoFar monthSoFar() {
        Period month = Period.month(YearMonth.now(clock.withZone(config.timeZone())));
        return new MonthSoFar(statistics.orderFigures(month, Scope.CITY), statistics.units(month, Scope.CITY).totals());
    }
}

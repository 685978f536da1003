package cn.hotline12345.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.statistics.Period;
import cn.hotline12345.statistics.Scope;
import cn.hotline12345.statistics.StatisticsService;
import cn.hotline12345.statistics.UnitFigures;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitGroup;

/**
 * The assessment of member units: the scheme in force and its versions, managers' manual
 * adjustments, each unit's points and its rank within its group, and the red and black lists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentService {

    /** How many months a scorecard's trend shows. */
    static final int TREND_MONTHS = 12;

    @Inject
    StatisticsService statistics;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    HotlineConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** A saved version of the scheme. */
    public record Version(int version, SchemeDefinition definition, String note, String createdBy, Instant createdAt) {
    }

    /** The units of every group ranked for a period under one version of the scheme. */
    public record Assessment(Period period, Version scheme, List<Ranking.Group> groups) {

        public Ranking.Group group(UnitGroup group) {
            return groups.stream().filter(g -> g.group() == group).findFirst().orElseThrow();
        }

        /** A unit's place, or null when it had no figure in the period. */
        public Ranking.Ranked of(long unitId) {
            return groups.stream().flatMap(g -> g.rows().stream()).filter(r -> r.unitId() == unitId).findFirst()
                    .orElse(null);
        }
    }

    /** One month of a unit's trend. */
    public record TrendPoint(YearMonth month, long dispatched, BigDecimal total, Double repliedOnTimeRate,
            Double signedOnTimeRate, Double satisfactionRate) {
    }

    /** A unit's scorecard for a month: figures, points, place in its group, trend, adjustments. */
    public record Scorecard(long unitId, String unitCode, String unitName, UnitGroup group, YearMonth month,
            int schemeVersion, SchemeDefinition scheme, UnitFigures figures, Scoring.Score score, boolean ranked,
            Integer rank, int rankedInGroup, List<TrendPoint> trend, List<AdjustmentView> adjustments) {
    }

    public record AdjustmentView(long id, LocalDate month, long unitId, String unitCode, String unitName,
            String indicator, BigDecimal points, String reason, Long workOrderId, String createdBy, Instant createdAt,
            int version) {

        static AdjustmentView of(AssessmentAdjustment a) {
            return new AdjustmentView(a.id, a.month, a.unit.id, a.unit.code, a.unit.name, a.indicator, a.points,
                    a.reason, a.workOrderId, a.createdBy, a.createdAt, a.version);
        }
    }

    // --- the scheme ---------------------------------------------------------------------------

    /** The first start writes the standard scheme as version 1; a second instance starting at once changes nothing. */
    @Transactional
    void seed(@Observes StartupEvent started) {
        if (AssessmentScheme.count() == 0) {
            em.createNativeQuery("""
                    insert into assessment_scheme (version, definition, note, created_by, created_at)
                    values (1, cast(:definition as jsonb), :note, 'system', :at) on conflict (version) do nothing""")
                    .setParameter("definition", write(SchemeDefinition.standard()))
                    .setParameter("note", "标准方案")
                    .setParameter("at", java.sql.Timestamp.from(clock.instant()))
                    .executeUpdate();
        }
    }

    public Version current() {
        return AssessmentScheme.latest().map(this::view)
                .orElseThrow(() -> new IllegalStateException("no assessment scheme: the seed did not run"));
    }

    public Version version(int version) {
        return AssessmentScheme.byVersion(version).map(this::view)
                .orElseThrow(() -> DomainException.notFound("assessment.scheme", version));
    }

    public List<Version> versions() {
        return AssessmentScheme.allNewestFirst().stream().map(this::view).toList();
    }

    /** Saves a new version; {@code baseVersion} must be the current one, so two editors cannot overwrite each other. */
    @Transactional
    public Version save(SchemeDefinition definition, int baseVersion, String note) {
        definition.checked();
        Version current = current();
        if (current.version() != baseVersion) {
            throw new DomainException(ProblemType.STALE_VERSION, "assessment.scheme.stale", current.version());
        }
        AssessmentScheme scheme = new AssessmentScheme();
        scheme.version = current.version() + 1;
        scheme.definition = tree(definition);
        scheme.note = note == null || note.isBlank() ? null : note.strip();
        scheme.createdBy = currentUser.actorName();
        scheme.createdAt = clock.instant();
        scheme.persist();
        em.flush(); // a concurrent save of the same base fails here, on the unique version
        audit.record("assessment.scheme-saved", "assessment_scheme", scheme.version,
                Map.of("version", scheme.version, "name", definition.name()));
        return view(scheme);
    }

    // --- assessing ----------------------------------------------------------------------------

    public Assessment assess(Period period, Integer schemeVersion) {
        return assess(period, schemeVersion, statistics.units(period, Scope.CITY));
    }

    /** The assessment from a city-wide unit table of the period already counted. */
    public Assessment assess(Period period, Integer schemeVersion, StatisticsService.UnitTable table) {
        Version scheme = schemeVersion == null ? current() : version(schemeVersion);
        Map<Long, List<Scoring.Adjustment>> adjustments = new HashMap<>();
        for (AssessmentAdjustment a : AssessmentAdjustment.inMonths(firstDays(period))) {
            adjustments.computeIfAbsent(a.unit.id, id -> new ArrayList<>()).add(a.asRule());
        }
        // A unit with adjustments but no figure is still assessed.
        Map<Long, StatisticsService.UnitRow> rows = new LinkedHashMap<>();
        table.rows().forEach(row -> rows.put(row.unitId(), row));
        for (Long unitId : adjustments.keySet()) {
            if (!rows.containsKey(unitId)) {
                MemberUnit unit = MemberUnit.findById(unitId);
                rows.put(unitId, new StatisticsService.UnitRow(unit.id, unit.code, unit.name,
                        UnitGroup.of(unit.level, unit.kind), UnitFigures.NONE));
            }
        }
        Map<UnitGroup, List<Ranking.Candidate>> byGroup = new EnumMap<>(UnitGroup.class);
        for (UnitGroup group : UnitGroup.values()) {
            byGroup.put(group, new ArrayList<>());
        }
        for (StatisticsService.UnitRow row : rows.values()) {
            Scoring.Score score = Scoring.score(row.figures(), scheme.definition(),
                    adjustments.getOrDefault(row.unitId(), List.of()));
            byGroup.get(row.group()).add(new Ranking.Candidate(row.unitId(), row.unitCode(), row.unitName(),
                    row.figures(), score));
        }
        List<Ranking.Group> groups = new ArrayList<>();
        byGroup.forEach((group, candidates) -> groups.add(Ranking.rank(group, candidates, scheme.definition())));
        return new Assessment(period, scheme, List.copyOf(groups));
    }

    public Scorecard scorecard(long unitId, YearMonth month) {
        MemberUnit unit = readableUnit(unitId);
        Assessment assessment = assess(Period.month(month), null);
        Ranking.Ranked place = assessment.of(unitId);
        List<Scoring.Adjustment> own = new ArrayList<>();
        List<AdjustmentView> adjustments = new ArrayList<>();
        for (AssessmentAdjustment a : AssessmentAdjustment.ofUnitInMonths(unitId, List.of(month.atDay(1)))) {
            own.add(a.asRule());
            adjustments.add(AdjustmentView.of(a));
        }
        UnitFigures figures = place == null ? UnitFigures.NONE : place.figures();
        Scoring.Score score = place == null ? Scoring.score(figures, assessment.scheme().definition(), own) : place.score();
        UnitGroup group = UnitGroup.of(unit.level, unit.kind);
        int inGroup = assessment.group(group).rows().stream().filter(Ranking.Ranked::ranked).toList().size();
        return new Scorecard(unit.id, unit.code, unit.name, group, month, assessment.scheme().version(),
                assessment.scheme().definition(), figures, score, place != null && place.ranked(),
                place == null ? null : place.rank(), inGroup, trend(unitId, month, assessment.scheme()), adjustments);
    }

    private List<TrendPoint> trend(long unitId, YearMonth last, Version scheme) {
        List<Period> months = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            months.add(Period.month(last.minusMonths(i)));
        }
        List<UnitFigures> figures = statistics.unitByMonth(unitId, months);
        Map<LocalDate, List<Scoring.Adjustment>> adjustments = new HashMap<>();
        for (AssessmentAdjustment a : AssessmentAdjustment.ofUnitInMonths(unitId,
                months.stream().map(Period::from).toList())) {
            adjustments.computeIfAbsent(a.month, m -> new ArrayList<>()).add(a.asRule());
        }
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            UnitFigures f = figures.get(i);
            Scoring.Score score = Scoring.score(f, scheme.definition(),
                    adjustments.getOrDefault(months.get(i).from(), List.of()));
            trend.add(new TrendPoint(YearMonth.from(months.get(i).from()), f.dispatched(),
                    f.isEmpty() ? null : score.total(), f.repliedOnTimeRate(), f.signedOnTimeRate(),
                    f.satisfactionRate()));
        }
        return trend;
    }

    /** The unit a caller asks about: 404 for a unit that does not exist, and for a handler asking about another unit. */
    MemberUnit readableUnit(long unitId) {
        currentUser.checkMayReadUnit(unitId);
        MemberUnit unit = MemberUnit.findById(unitId);
        if (unit == null) {
            throw DomainException.notFound("unit", unitId);
        }
        return unit;
    }

    /** Where an indicator's points went: the unit's dispatches behind it, and the adjustments made against it. */
    public record LostPoints(Scoring.IndicatorScore indicator, long count, List<StatisticsService.FactRow> orders,
            List<AdjustmentView> adjustments) {
    }

    /** The figure whose rows cost an indicator its points. */
    static cn.hotline12345.statistics.UnitFact factOf(Measure measure) {
        return switch (measure) {
            case REPLIED_ON_TIME_RATE -> cn.hotline12345.statistics.UnitFact.LATE_REPLY;
            case SIGNED_ON_TIME_RATE -> cn.hotline12345.statistics.UnitFact.LATE_SIGN;
            case SATISFACTION_RATE -> cn.hotline12345.statistics.UnitFact.DISSATISFIED;
            case CALLBACK_RATE -> cn.hotline12345.statistics.UnitFact.NOT_CALLED_BACK;
            case RETURN_RATE -> cn.hotline12345.statistics.UnitFact.RETURNED;
            case SENT_BACK_RATE -> cn.hotline12345.statistics.UnitFact.SENT_BACK;
            case OVERDUE_RATE -> cn.hotline12345.statistics.UnitFact.OVERDUE_OPEN;
            case MANUAL -> null;
        };
    }

    public LostPoints lostPoints(long unitId, YearMonth month, String indicatorCode, int page, int size) {
        return lostPoints(scorecard(unitId, month), indicatorCode, page, size);
    }

    /** The lost points of an indicator of a scorecard already made. */
    public LostPoints lostPoints(Scorecard card, String indicatorCode, int page, int size) {
        long unitId = card.unitId();
        YearMonth month = card.month();
        Scoring.IndicatorScore indicator = card.score().indicators().stream()
                .filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new DomainException(ProblemType.BAD_PARAMETER,
                        List.of(new FieldError("indicator", "assessment.adjustment.indicator")),
                        "assessment.adjustment.indicator", indicatorCode));
        cn.hotline12345.statistics.UnitFact fact = factOf(indicator.measure());
        Period period = Period.month(month);
        List<AdjustmentView> adjustments = card.adjustments().stream()
                .filter(a -> indicatorCode.equals(a.indicator())).toList();
        if (fact == null) {
            return new LostPoints(indicator, adjustments.size(), List.of(), adjustments);
        }
        return new LostPoints(indicator, statistics.countBehind(unitId, period, fact),
                statistics.behind(unitId, period, fact, page * size, size), adjustments);
    }

    // --- adjustments --------------------------------------------------------------------------

    public List<AdjustmentView> adjustments(YearMonth month) {
        return AssessmentAdjustment.inMonths(List.of(month.atDay(1))).stream().map(AdjustmentView::of).toList();
    }

    @Transactional
    public AdjustmentView adjust(AssessmentRequests.Adjust request) {
        YearMonth month = AssessmentRequests.month("month", request.month());
        if (month.isAfter(YearMonth.now(clock.withZone(config.timeZone())))) {
            throw invalid("month", "assessment.adjustment.future-month");
        }
        MemberUnit unit = MemberUnit.findById(request.unitId());
        if (unit == null) {
            throw invalid("unitId", "assessment.adjustment.unit");
        }
        if (request.points().signum() == 0 || request.points().stripTrailingZeros().scale() > 2) {
            throw invalid("points", "assessment.adjustment.points");
        }
        String indicator = request.indicator() == null || request.indicator().isBlank() ? null : request.indicator();
        if (indicator != null && current().definition().indicator(indicator) == null) {
            throw invalid("indicator", "assessment.adjustment.indicator");
        }
        if (request.workOrderId() != null && em.find(cn.hotline12345.workorder.WorkOrder.class, request.workOrderId()) == null) {
            throw invalid("workOrderId", "assessment.adjustment.order");
        }
        AssessmentAdjustment a = new AssessmentAdjustment();
        a.month = month.atDay(1);
        a.unit = unit;
        a.indicator = indicator;
        a.points = request.points();
        a.reason = request.reason().strip();
        a.workOrderId = request.workOrderId();
        a.createdBy = currentUser.actorName();
        a.createdAt = clock.instant();
        a.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("month", month.toString());
        details.put("unit", unit.code);
        details.put("indicator", indicator == null ? "" : indicator);
        details.put("points", a.points.toPlainString());
        audit.record("assessment.adjusted", "assessment_adjustment", a.id, details);
        return AdjustmentView.of(a);
    }

    @Transactional
    public void withdraw(long id, int version) {
        AssessmentAdjustment a = AssessmentAdjustment.findById(id);
        if (a == null || a.withdrawnAt != null) {
            throw DomainException.notFound("assessment.adjustment", id);
        }
        if (a.version != version) {
            throw new DomainException(ProblemType.STALE_VERSION, "assessment.adjustment.stale", a.version);
        }
        a.withdrawnAt = clock.instant();
        a.withdrawnBy = currentUser.actorName();
        em.flush();
        audit.record("assessment.adjustment-withdrawn", "assessment_adjustment", a.id, Map.of("unit", a.unit.code));
    }

    // --- helpers ------------------------------------------------------------------------------

    private static List<LocalDate> firstDays(Period period) {
        return period.months().stream().map(m -> m.atDay(1)).toList();
    }

    private Version view(AssessmentScheme scheme) {
        return new Version(scheme.version, json.convertValue(scheme.definition, SchemeDefinition.class), scheme.note,
                scheme.createdBy, scheme.createdAt);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> tree(SchemeDefinition definition) {
        return json.convertValue(definition, Map.class);
    }

    private String write(SchemeDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException invalid(String field, String key) {
        return new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError(field, key)), key, field);
    }
}

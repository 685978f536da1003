package cn.hotline12345.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.statistics.UnitFigures;

class ScoringTest {

    private static final SchemeDefinition STANDARD = SchemeDefinition.standard();

    /** dispatched, signed on time, replied, replied on time, returned, sent back, satisfied, dissatisfied. */
    static UnitFigures figures(long dispatched, long signedOnTime, long replied, long repliedOnTime, long returned,
            long sentBack, long satisfied, long dissatisfied) {
        return new UnitFigures(dispatched, 0, signedOnTime, replied, repliedOnTime, 0, returned, sentBack, 0, 0, 0, 0,
                satisfied + dissatisfied, satisfied, 0, dissatisfied, 0);
    }

    private static BigDecimal points(Scoring.Score score, String code) {
        return score.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().points();
    }

    @Test
    void ratesBeyondTheBarScoreFullPointsBeyondTheFloorNoneAndLinearlyBetween() {
        // on time 19/20 = 95% (the bar), signed 12/20 = 60% (the floor), satisfaction 80/100 = 80%,
        // returns 1/20 = 5% (the bar, less is better), send-backs 35% (beyond the floor of 30%)
        UnitFigures f = figures(20, 12, 20, 19, 1, 7, 80, 20);
        Scoring.Score score = Scoring.score(f, STANDARD, List.of());
        assertThat(points(score, "ON_TIME_REPLY")).isEqualByComparingTo("30");
        assertThat(points(score, "ON_TIME_SIGN")).isEqualByComparingTo("0");
        // 80% lies 0.10 of 0.25 above the floor of 70%: 30 × 0.4 = 12
        assertThat(points(score, "SATISFACTION")).isEqualByComparingTo("12");
        assertThat(points(score, "RETURN")).isEqualByComparingTo("10");
        assertThat(points(score, "SENT_BACK")).isEqualByComparingTo("0");
        assertThat(points(score, "REPLY_STANDARD")).isEqualByComparingTo("5");
        assertThat(score.total()).isEqualByComparingTo("57");
        assertThat(score.costliest().code()).isEqualTo("SATISFACTION"); // 18 lost, more than 15 and 10
    }

    @Test
    void aRateWithNothingToMeasureCostsNothing() {
        Scoring.Score score = Scoring.score(figures(6, 6, 0, 0, 0, 0, 0, 0), STANDARD, List.of());
        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.costliest()).isNull();
    }

    @Test
    void manualDeductionsStayWithinTheIndicatorAndAdditionsToTheTotalDoNot() {
        UnitFigures f = figures(10, 10, 10, 10, 0, 0, 10, 0);
        List<Scoring.Adjustment> adjustments = new ArrayList<>();
        adjustments.add(new Scoring.Adjustment("REPLY_STANDARD", new BigDecimal("-2"), "答复未引用政策依据"));
        adjustments.add(new Scoring.Adjustment("REPLY_STANDARD", new BigDecimal("-4"), "答复用语不规范"));
        adjustments.add(new Scoring.Adjustment(null, new BigDecimal("3"), "群众来信表扬"));
        Scoring.Score score = Scoring.score(f, STANDARD, adjustments);
        assertThat(points(score, "REPLY_STANDARD")).isEqualByComparingTo("0"); // 5 − 6, floored at 0
        assertThat(score.extra()).isEqualByComparingTo("3");
        assertThat(score.total()).isEqualByComparingTo("98");
    }

    @Test
    void aSchemeThatCannotGradeFairlyIsRefusedNamingTheField() {
        var bad = new SchemeDefinition("方案", 5, 3, List.of(
                new SchemeDefinition.Indicator("ON_TIME_REPLY", "按时答复", Measure.REPLIED_ON_TIME_RATE,
                        BigDecimal.valueOf(60), 0.60, 0.95), // bar below the floor for a rate where more is better
                new SchemeDefinition.Indicator("RETURN", "回退率", Measure.RETURN_RATE, BigDecimal.valueOf(30), 0.05, 0.30)));
        assertThatThrownBy(bad::checked).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                .extracting(error -> error.field()).containsExactly("indicators[0].full"));
        var weights = new SchemeDefinition("方案", 5, 3, List.of(
                new SchemeDefinition.Indicator("AA", "甲", Measure.MANUAL, BigDecimal.valueOf(60), null, null),
                new SchemeDefinition.Indicator("BB", "乙", Measure.MANUAL, BigDecimal.valueOf(30), null, null)));
        assertThatThrownBy(weights::checked).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                .extracting(error -> error.field()).containsExactly("indicators"));
        assertThat(STANDARD.checked()).isSameAs(STANDARD);
    }
}

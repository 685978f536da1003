package cn.hotline12345.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.hotline12345.statistics.UnitFigures;

/** A unit's points under a scheme: each indicator graded from its rate, then the manual adjustments. */
public final class Scoring {

    private Scoring() {
    }

    /** A manual deduction (negative) or addition against an indicator, or against the total (indicator null). */
    public record Adjustment(String indicator, BigDecimal points, String reason) {
    }

    public record IndicatorScore(String code, String label, Measure measure, Double rate, BigDecimal weight,
            BigDecimal points) {

        /** Points this indicator cost the unit. */
        @JsonProperty
        public BigDecimal lost() {
            return weight.subtract(points);
        }
    }

    /** Points per indicator, adjustments to the total, and the total (never below 0). */
    public record Score(List<IndicatorScore> indicators, BigDecimal extra, BigDecimal total) {

        /** The indicator that cost the most points (the first in the scheme on a tie), or null when none cost any. */
        @JsonProperty
        public IndicatorScore costliest() {
            return indicators.stream().filter(i -> i.lost().signum() > 0)
                    .max(Comparator.comparing(IndicatorScore::lost)
                            .thenComparing(i -> -indicators.indexOf(i)))
                    .orElse(null);
        }
    }

    public static Score score(UnitFigures figures, SchemeDefinition scheme, List<Adjustment> adjustments) {
        List<IndicatorScore> scores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SchemeDefinition.Indicator indicator : scheme.indicators()) {
            Double rate = indicator.measure().of(figures);
            BigDecimal points = indicator.measure().isManual() ? indicator.weight() : graded(indicator, rate);
            for (Adjustment adjustment : adjustments) {
                if (indicator.code().equals(adjustment.indicator())) {
                    points = points.add(adjustment.points());
                }
            }
            points = points.max(BigDecimal.ZERO).min(indicator.weight()).setScale(2, RoundingMode.HALF_UP);
            scores.add(new IndicatorScore(indicator.code(), indicator.label(), indicator.measure(), rate,
                    indicator.weight(), points));
            total = total.add(points);
        }
        BigDecimal extra = BigDecimal.ZERO;
        for (Adjustment adjustment : adjustments) {
            if (adjustment.indicator() == null || scheme.indicator(adjustment.indicator()) == null) {
                extra = extra.add(adjustment.points());
            }
        }
        total = total.add(extra).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new Score(List.copyOf(scores), extra.setScale(2, RoundingMode.HALF_UP), total);
    }

    /**
     * Full points at or beyond the bar, none at or beyond the floor, linear between; a rate with
     * nothing to measure (no replies, no callbacks in the period) leaves nothing to deduct.
     */
    static BigDecimal graded(SchemeDefinition.Indicator indicator, Double rate) {
        if (rate == null) {
            return indicator.weight();
        }
        double full = indicator.full();
        double zero = indicator.zero();
        double share = (rate - zero) / (full - zero); // the sign of full - zero carries the direction
        share = Math.max(0, Math.min(1, share));
        return indicator.weight().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }
}

package cn.hotline12345.assessment;

import java.util.function.Function;

import cn.hotline12345.statistics.UnitFigures;

/**
 * What an indicator of the scheme measures: one of the unit statistics' rates (docs/metrics.md),
 * or points a manager takes off or adds by hand (答复规范).
 */
public enum Measure {
    REPLIED_ON_TIME_RATE(true, UnitFigures::repliedOnTimeRate),
    SIGNED_ON_TIME_RATE(true, UnitFigures::signedOnTimeRate),
    SATISFACTION_RATE(true, UnitFigures::satisfactionRate),
    CALLBACK_RATE(true, UnitFigures::callbackRate),
    RETURN_RATE(false, UnitFigures::returnRate),
    SENT_BACK_RATE(false, UnitFigures::sentBackRate),
    /** Overdue at the period's end, of the dispatches made in it and those overdue: lower is better. */
    OVERDUE_RATE(false, f -> cn.hotline12345.statistics.Rates.of(f.overdueOpen(), f.dispatched() + f.overdueOpen())),
    /** Full points, less the manual deductions (plus the additions) recorded against the indicator. */
    MANUAL(true, f -> null);

    private final boolean higherIsBetter;
    private final Function<UnitFigures, Double> rate;

    Measure(boolean higherIsBetter, Function<UnitFigures, Double> rate) {
        this.higherIsBetter = higherIsBetter;
        this.rate = rate;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean isManual() {
        return this == MANUAL;
    }

    /** The unit's rate, or null when there was nothing to measure (no replies, no callbacks). */
    public Double of(UnitFigures figures) {
        return rate.apply(figures);
    }
}

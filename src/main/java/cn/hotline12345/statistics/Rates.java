package cn.hotline12345.statistics;

/** How every rate of the reports is written: a fraction with four decimals, none when nothing was counted. */
public final class Rates {

    private Rates() {
    }

    /** numerator / denominator, rounded half up to 4 decimals; null when the denominator is 0. */
    public static Double of(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(numerator)
                .divide(java.math.BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** A rate as pages show it: 96.8%, or — when there is none. */
    public static String percent(Double rate) {
        return rate == null ? "—" : String.format("%.1f%%", rate * 100);
    }

    /** The change from an earlier figure, as pages show it: +12.5%, or — when there was nothing before. */
    public static String change(long now, long before) {
        if (before == 0) {
            return "—";
        }
        double change = (now - before) * 100.0 / before;
        return String.format("%+.1f%%", change);
    }
}

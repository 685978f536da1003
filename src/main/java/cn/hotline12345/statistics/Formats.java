package cn.hotline12345.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** How report pages and documents write figures: {fmt:pct(rate)}, {fmt:change(now, before)}, {fmt:points(p)}. */
@TemplateExtension(namespace = "fmt")
public class Formats {

    private Formats() {
    }

    /** A rate as a percentage with one decimal, or — when there is none. */
    static String pct(Double rate) {
        return Rates.percent(rate);
    }

    /** The change of a count against an earlier one: +12.5%, or — when there was nothing before. */
    static String change(long now, long before) {
        return Rates.change(now, before);
    }

    /** The change of a rate in percentage points: +1.2 个百分点 is written +1.2pp. */
    static String points(Double now, Double before) {
        if (now == null || before == null) {
            return "—";
        }
        return String.format("%+.1fpp", (now - before) * 100);
    }

    /** Assessment points with at most two decimals. */
    static String score(BigDecimal points) {
        return points == null ? "—" : points.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A part of a whole, as a rate. */
    static Double share(long part, long whole) {
        return Rates.of(part, whole);
    }

    static String number(Double value) {
        return value == null ? "—" : String.format("%.1f", value);
    }

    /** A text written with blank lines or line breaks, as paragraphs. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R+")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}

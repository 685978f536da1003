package cn.hotline12345.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/**
 * An assessment scheme (考评方案): weighted indicators with their grading bands, how many orders a
 * unit needs in the period to be ranked, and how many units each red and black list names.
 *
 * <p>Grading of a rate: full points at or beyond {@code full}, none at or beyond {@code zero} on the
 * other side, linear between. For a rate where more is better {@code full} lies above {@code zero}
 * (按时答复 full at 95%, none at 60%); where less is better, below it (回退率 full at 5%, none at 30%).
 */
public record SchemeDefinition(String name, int minOrders, int listSize, List<Indicator> indicators) {

    public record Indicator(String code, String label, Measure measure, BigDecimal weight, Double full, Double zero) {
    }

    public static final int MAX_LIST_SIZE = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The scheme a new installation starts with; administrators version their own (admin page, API). */
    public static SchemeDefinition standard() {
        return new SchemeDefinition("成员单位办理工作考评方案", 5, 3, List.of(
                new Indicator("ON_TIME_REPLY", "按时答复", Measure.REPLIED_ON_TIME_RATE, BigDecimal.valueOf(30), 0.95, 0.60),
                new Indicator("ON_TIME_SIGN", "及时签收", Measure.SIGNED_ON_TIME_RATE, BigDecimal.valueOf(15), 0.95, 0.60),
                new Indicator("SATISFACTION", "满意率", Measure.SATISFACTION_RATE, BigDecimal.valueOf(30), 0.95, 0.70),
                new Indicator("RETURN", "回退率", Measure.RETURN_RATE, BigDecimal.valueOf(10), 0.05, 0.30),
                new Indicator("SENT_BACK", "重办率", Measure.SENT_BACK_RATE, BigDecimal.valueOf(10), 0.05, 0.30),
                new Indicator("REPLY_STANDARD", "答复规范", Measure.MANUAL, BigDecimal.valueOf(5), null, null)));
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** Refuses a scheme that cannot grade fairly, naming each field that is wrong (422). */
    public SchemeDefinition checked() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.add(new FieldError("name", "assessment.scheme.name"));
        }
        if (minOrders < 0 || minOrders > 10_000) {
            errors.add(new FieldError("minOrders", "assessment.scheme.min-orders"));
        }
        if (listSize < 1 || listSize > MAX_LIST_SIZE) {
            errors.add(new FieldError("listSize", "assessment.scheme.list-size"));
        }
        if (indicators == null || indicators.isEmpty() || indicators.size() > 20) {
            errors.add(new FieldError("indicators", "assessment.scheme.indicators"));
        } else {
            Set<String> codes = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                String at = "indicators[" + i + "].";
                if (indicator == null) {
                    errors.add(new FieldError("indicators[" + i + "]", "assessment.scheme.indicators"));
                    continue;
                }
                if (indicator.code() == null || !indicator.code().matches("[A-Z][A-Z0-9_]{1,31}")
                        || !codes.add(indicator.code())) {
                    errors.add(new FieldError(at + "code", "assessment.scheme.code"));
                }
                if (indicator.label() == null || indicator.label().isBlank() || indicator.label().length() > 40) {
                    errors.add(new FieldError(at + "label", "assessment.scheme.label"));
                }
                if (indicator.measure() == null) {
                    errors.add(new FieldError(at + "measure", "assessment.scheme.measure"));
                }
                if (indicator.weight() == null || indicator.weight().signum() <= 0 || indicator.weight().scale() > 2) {
                    errors.add(new FieldError(at + "weight", "assessment.scheme.weight"));
                } else {
                    total = total.add(indicator.weight());
                }
                if (indicator.measure() != null && !indicator.measure().isManual() && !bandsFit(indicator)) {
                    errors.add(new FieldError(at + "full", "assessment.scheme.bands"));
                }
            }
            if (errors.isEmpty() && total.compareTo(HUNDRED) != 0) {
                errors.add(new FieldError("indicators", "assessment.scheme.weights-total"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemType.RULE_VIOLATION, errors, "assessment.scheme.invalid");
        }
        return this;
    }

    private static boolean bandsFit(Indicator indicator) {
        Double full = indicator.full();
        Double zero = indicator.zero();
        if (full == null || zero == null || full < 0 || full > 1 || zero < 0 || zero > 1) {
            return false;
        }
        return indicator.measure().higherIsBetter() ? full > zero : full < zero;
    }
}

package cn.hotline12345.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;


/** What clients send to the assessment API. */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    public record Indicator(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 40) String label,
            @NotNull Measure measure, @NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal weight, Double full,
            Double zero) {

        SchemeDefinition.Indicator rule() {
            return new SchemeDefinition.Indicator(code.strip(), label.strip(), measure, weight,
                    measure.isManual() ? null : full, measure.isManual() ? null : zero);
        }
    }

    /** A new version of the scheme, made from the version the editor saw. */
    public record SaveScheme(@NotBlank @Size(max = 100) String name, @NotNull @PositiveOrZero Integer minOrders,
            @NotNull Integer listSize, @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Indicator> indicators,
            @Size(max = 1000) String note, @NotNull @PositiveOrZero Integer baseVersion) {

        SchemeDefinition definition() {
            return new SchemeDefinition(name.strip(), minOrders, listSize,
                    indicators.stream().map(Indicator::rule).toList());
        }
    }

    public record Adjust(@NotBlank String month, @NotNull Long unitId, @Size(max = 32) String indicator,
            @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal points, @NotBlank @Size(max = 1000) String reason,
            Long workOrderId) {
    }

    public record Withdraw(@NotNull @PositiveOrZero Integer version) {
    }

    /** A month written yyyy-MM, or a refusal naming the field. */
    static YearMonth month(String field, String raw) {
        return cn.hotline12345.common.Params.monthValue(field, raw);
    }
}

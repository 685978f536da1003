package cn.hotline12345.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What an administrator sends about a routing rule. */
public record RoutingRequests(
        @NotBlank @Size(max = 80) String name,
        Long categoryId,
        Long districtUnitId,
        Long townUnitId,
        @Size(max = 400) String keywords,
        @NotNull Long unitId,
        int priority,
        Boolean active,
        @PositiveOrZero Integer version) {
}

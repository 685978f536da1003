package cn.hotline12345.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client may send about units. Status, ids and timestamps are never among them. */
public final class UnitRequests {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]{1,31}";
    public static final String PHONE_PATTERN = "[0-9+()\\- ]{3,40}";

    private UnitRequests() {
    }

    public record Create(
            @NotBlank @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 120) String name,
            @NotNull UnitLevel level,
            @NotNull UnitKind kind,
            Long parentId,
            @Pattern(regexp = PHONE_PATTERN) String contactPhone) {
    }

    public record Update(
            @NotBlank @Size(max = 120) String name,
            @NotNull UnitLevel level,
            @NotNull UnitKind kind,
            @Pattern(regexp = PHONE_PATTERN) String contactPhone,
            @NotNull @PositiveOrZero Integer version) {
    }

    public record Move(Long parentId, @NotNull @PositiveOrZero Integer version) {
    }

    public record ChangeActive(@NotNull @PositiveOrZero Integer version, @Size(max = 500) String reason) {
    }
}

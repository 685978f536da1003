package cn.hotline12345.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What clients send to the bulletin API. */
public final class BulletinRequests {

    private BulletinRequests() {
    }

    /** month: yyyy-MM. */
    public record Create(@NotBlank String month) {
    }

    public record Narrative(@Size(max = 4000) String foreword, @Size(max = 20000) String hotIssues,
            @Size(max = 20000) String goodPractice, @Size(max = 20000) String problems,
            @NotNull @PositiveOrZero Integer version) {
    }

    public record Step(@NotNull @PositiveOrZero Integer version) {
    }

    public record AddCase(@NotNull Long workOrderId, @Size(max = 1000) String note,
            @NotNull @PositiveOrZero Integer version) {
    }

    /** note: what a correction changed; required from the second revision on. */
    public record Publish(@Size(max = 1000) String note, @NotNull @PositiveOrZero Integer version) {
    }
}

package cn.hotline12345.workorder;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client may send about work orders: never a state, a number or a deadline. */
public final class WorkOrderRequests {

    private WorkOrderRequests() {
    }

    public record Register(
            @NotNull Channel channel,
            @NotNull WorkOrderType type,
            @NotNull Long categoryId,
            @Pattern(regexp = "[0-9+\\-]{3,32}") String callerNumber,
            @Size(max = 64) String callerName,
            boolean anonymous,
            Boolean callbackConsent,
            Long districtUnitId,
            Long townUnitId,
            @Size(max = 200) String address,
            @NotBlank @Size(max = 5000) String citizenText,
            @NotBlank @Size(max = 2000) String summary,
            @Valid DispatchTo dispatch,
            @Size(max = 10) List<@NotNull Long> knowledgeEntryIds,
            @Size(max = 64) String callLinkedId) {

        /** The form's fields alone, for callers that dispatch separately. */
        public Register(Channel channel, WorkOrderType type, Long categoryId, String callerNumber, String callerName,
                boolean anonymous, Boolean callbackConsent, Long districtUnitId, Long townUnitId, String address,
                String citizenText, String summary) {
            this(channel, type, categoryId, callerNumber, callerName, anonymous, callbackConsent, districtUnitId,
                    townUnitId, address, citizenText, summary, null, null, null);
        }
    }

    /** 受理并派单: where to send an order in the same step that registers it. */
    public record DispatchTo(@NotNull Long leadUnitId, @Size(max = 10) List<@NotNull Long> coUnitIds,
            @Size(max = 1000) String note) {
    }

    public record AnswerDirectly(@NotBlank @Size(max = 5000) String answer, @NotNull @PositiveOrZero Integer version) {
    }

    public record Dispatch(@NotNull Long leadUnitId, @Size(max = 10) List<@NotNull Long> coUnitIds,
            @Size(max = 1000) String note, @NotNull @PositiveOrZero Integer version) {
    }

    /** Sign for, urge, close: only a version and an optional note. */
    public record Step(@Size(max = 1000) String note, @NotNull @PositiveOrZero Integer version) {
    }

    public record Return(@NotBlank @Size(max = 1000) String reason, @NotNull @PositiveOrZero Integer version) {
    }

    public record Reply(@NotBlank @Size(max = 5000) String text, @NotNull ReplyOutcome outcome,
            @NotNull @PositiveOrZero Integer version) {
    }

    public record SendBack(@NotBlank @Size(max = 1000) String reason, @NotNull @PositiveOrZero Integer version) {
    }

    public record Callback(@NotNull Satisfaction satisfaction, @Size(max = 1000) String note,
            @NotNull @PositiveOrZero Integer version) {
    }

    public record RequestExtension(@NotNull java.time.Instant replyDueAt, @NotBlank @Size(max = 1000) String reason,
            @NotNull @PositiveOrZero Integer version) {
    }

    public record Reopen(@NotBlank @Size(max = 1000) String reason, @NotNull @PositiveOrZero Integer version) {
    }

    public record Supervise(@NotBlank @Size(max = 1000) String note, @NotNull @PositiveOrZero Integer version) {
    }

    public record Merge(@NotNull Long intoId, @Size(max = 1000) String note, @NotNull @PositiveOrZero Integer version) {
    }

    public record RequestPause(@NotBlank @Size(max = 1000) String reason, @NotNull @PositiveOrZero Integer version) {
    }

    public record Decide(@NotNull Long requestId, @NotNull Boolean approve, @Size(max = 1000) String note,
            @NotNull @PositiveOrZero Integer version) {
    }
}

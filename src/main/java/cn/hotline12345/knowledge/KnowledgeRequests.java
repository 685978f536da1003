package cn.hotline12345.knowledge;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client may send about knowledge entries: never a state, a version number or a count. */
public final class KnowledgeRequests {

    private KnowledgeRequests() {
    }

    /** An entry's content; {@code code} only when creating, {@code version} only when editing. */
    public record Save(
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{1,31}") String code,
            @NotBlank @Size(max = 200) String title,
            @Valid @NotNull EntryBody body,
            @NotNull Long categoryId,
            @NotNull Long ownerUnitId,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> keywords,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> synonyms,
            @Size(max = 64) String documentNumber,
            @NotNull LocalDate effectiveFrom,
            LocalDate expiresOn,
            @NotBlank @Size(max = 16) String regionCode,
            @Size(max = 1000) String note,
            @PositiveOrZero Integer version) {
    }

    public record Step(@NotNull @PositiveOrZero Integer version, @Size(max = 1000) String note) {
    }

    public record Reject(@NotNull @PositiveOrZero Integer version, @NotBlank @Size(max = 1000) String note) {
    }

    public record Rollback(@NotNull @PositiveOrZero Integer version, @NotNull Integer toVersion,
            @Size(max = 1000) String note) {
    }

    public record Propose(@NotBlank @Size(max = 4000) String text) {
    }

    public record Decide(@NotNull @PositiveOrZero Integer version, @Size(max = 1000) String note) {
    }

    /** "This answered the caller", for an order when there is one (the entry is then attached to it). */
    public record Usage(Long workOrderId) {
    }
}

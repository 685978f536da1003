package cn.hotline12345.account;

import cn.hotline12345.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client may send about accounts. */
public final class AccountRequests {

    public static final String USERNAME_PATTERN = "[A-Za-z][A-Za-z0-9._-]{2,63}";

    private AccountRequests() {
    }

    public record Create(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN) String username,
            @NotBlank @Size(max = 64) String displayName,
            @NotNull Role role,
            Long unitId,
            @NotNull String password) {
    }

    public record Update(
            @NotBlank @Size(max = 64) String displayName,
            @NotNull Role role,
            Long unitId,
            @NotNull @PositiveOrZero Integer version) {
    }

    public record ResetPassword(@NotNull String newPassword) {
    }

    public record ChangeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    public record ChangeLock(@NotNull @PositiveOrZero Integer version, @Size(max = 500) String reason) {
    }
}

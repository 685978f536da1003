package cn.hotline12345.account;

import cn.hotline12345.identity.Role;
import java.time.Instant;

/** An account as the API shows it; the password hash never leaves the server. */
public record AccountView(
        long id,
        String username,
        String displayName,
        Role role,
        Long unitId,
        String unitName,
        boolean locked,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant createdAt,
        int version) {

    public static AccountView of(Account account) {
        return new AccountView(account.id, account.username, account.displayName, account.role,
                account.unit == null ? null : account.unit.id,
                account.unit == null ? null : account.unit.name,
                account.locked, account.lockedUntil, account.lastLoginAt, account.createdAt, account.version);
    }
}

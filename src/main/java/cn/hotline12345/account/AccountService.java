package cn.hotline12345.account;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;
import cn.hotline12345.unit.MemberUnit;

/** Accounts: creation, role and unit binding, password resets and locks, each audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AccountService {

    @Inject
    Event<AccountChanged> changes;

    static final String AUDIT_TYPE = "account";

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public record Filter(String text, Role role, Long unitId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Account> search(Filter filter, PageRequest pageRequest) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(username) like :text escape '\\' or lower(displayName) like :text escape '\\')");
            params.put("text", Strings.containing(filter.text()));
        }
        if (filter.role() != null) {
            where.append(" and role = :role");
            params.put("role", filter.role());
        }
        if (filter.unitId() != null) {
            where.append(" and unit.id = :unit");
            params.put("unit", filter.unitId());
        }
        return PageResult.of(Account.find(where.toString(), Sort.by("username"), params), pageRequest);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account get(long id) {
        Account account = Account.findWithUnit(id);
        if (account == null) {
            throw DomainException.notFound("account", id);
        }
        return account;
    }

    public Account create(AccountRequests.Create request) {
        String username = request.username().trim().toLowerCase();
        if (Account.findByUsername(username).isPresent()) {
            throw new DomainException(ProblemType.CONFLICT, List.of(new FieldError("username", "account.username-taken")),
                    "account.username-taken", username);
        }
        PasswordPolicy.check("password", username, request.password());
        Instant now = clock.instant();
        Account account = new Account();
        account.username = username;
        account.displayName = request.displayName().trim();
        account.role = request.role();
        account.unit = unitFor(request.role(), request.unitId());
        account.passwordHash = hasher.hash(request.password());
        account.passwordChangedAt = now;
        account.createdAt = now;
        account.updatedAt = now;
        account.persist();
        audit.record("account.created", AUDIT_TYPE, account.id, describe(account));
        return account;
    }

    public Account update(long id, AccountRequests.Update request) {
        Account account = current(id, request.version());
        if (account.role == Role.ADMIN && request.role() != Role.ADMIN) {
            keepAnAdministrator(account);
        }
        Map<String, Object> before = describe(account);
        account.displayName = request.displayName().trim();
        account.role = request.role();
        account.unit = unitFor(request.role(), request.unitId());
        return saved(account, "account.updated", Map.of("before", before, "after", describe(account)));
    }

    public Account resetPassword(long id, AccountRequests.ResetPassword request) {
        Account account = get(id);
        PasswordPolicy.check("newPassword", account.username, request.newPassword());
        setPassword(account, request.newPassword());
        account.lockedUntil = null;
        account.failedLogins = 0;
        return saved(account, "account.password-reset", Map.of());
    }

    public Account changeOwnPassword(AccountRequests.ChangeOwnPassword request) {
        Account account = get(currentUser.accountId());
        if (!hasher.matches(request.currentPassword(), account.passwordHash)) {
            throw new DomainException(ProblemType.VALIDATION,
                    List.of(new FieldError("currentPassword", "account.current-password-wrong")),
                    "account.current-password-wrong");
        }
        PasswordPolicy.check("newPassword", account.username, request.newPassword());
        setPassword(account, request.newPassword());
        return saved(account, "account.password-changed", Map.of());
    }

    public Account lock(long id, AccountRequests.ChangeLock request) {
        Account account = current(id, request.version());
        if (account.id.equals(currentUser.accountId())) {
            throw new DomainException(ProblemType.RULE_VIOLATION, "account.cannot-lock-self");
        }
        if (account.locked) {
            throw new DomainException(ProblemType.CONFLICT, "account.already-locked", account.username);
        }
        if (account.role == Role.ADMIN) {
            keepAnAdministrator(account);
        }
        account.locked = true;
        return saved(account, "account.locked", reason(request));
    }

    public Account unlock(long id, AccountRequests.ChangeLock request) {
        Account account = current(id, request.version());
        if (!account.locked && account.lockedUntil == null) {
            throw new DomainException(ProblemType.CONFLICT, "account.not-locked", account.username);
        }
        account.locked = false;
        account.lockedUntil = null;
        account.failedLogins = 0;
        return saved(account, "account.unlocked", reason(request));
    }

    /** Someone must always be able to administer the hotline. */
    private static void keepAnAdministrator(Account account) {
        if (Account.count("role = ?1 and locked = false and id <> ?2", Role.ADMIN, account.id) == 0) {
            throw new DomainException(ProblemType.RULE_VIOLATION, "account.last-admin", account.username);
        }
    }

    private void setPassword(Account account, String password) {
        account.passwordHash = hasher.hash(password);
        account.passwordChangedAt = clock.instant();
    }

    private Account saved(Account account, String action, Map<String, Object> details) {
        account.updatedAt = clock.instant();
        Account.getEntityManager().flush();
        audit.record(action, AUDIT_TYPE, account.id, details);
        changes.fire(new AccountChanged(account.username));
        return account;
    }

    private Account current(long id, int expectedVersion) {
        Account account = get(id);
        if (account.version != expectedVersion) {
            throw new DomainException(ProblemType.STALE_VERSION, "problem.stale-version.detail", account.version);
        }
        return account;
    }

    private static MemberUnit unitFor(Role role, Long unitId) {
        if (!role.needsUnit()) {
            if (unitId != null) {
                throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("unitId", "account.unit-not-allowed")),
                        "account.unit-not-allowed");
            }
            return null;
        }
        if (unitId == null) {
            throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("unitId", "account.unit-required")),
                    "account.unit-required");
        }
        MemberUnit unit = MemberUnit.findById(unitId);
        if (unit == null || !unit.active) {
            throw new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError("unitId", "account.unit-unusable")),
                    "account.unit-unusable", unitId);
        }
        return unit;
    }

    private static Map<String, Object> describe(Account account) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", account.username);
        details.put("displayName", account.displayName);
        details.put("role", account.role.name());
        details.put("unit", account.unit == null ? null : account.unit.code);
        return details;
    }

    private static Map<String, Object> reason(AccountRequests.ChangeLock request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", request.reason());
        return details;
    }
}

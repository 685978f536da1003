package cn.hotline12345.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.unit.UnitDeactivated;

/**
 * Checks credentials and turns an account into a security identity. Used by both identity
 * providers: the password one (form login, HTTP Basic) and the trusted one (session cookie).
 */
@ApplicationScoped
public class AccountAuthenticator {

    private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(5);

    @Inject
    PasswordHasher hasher;

    @Inject
    HotlineConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @Inject
    AuditLog audit;

    @Inject
    IdentityCache identities;

    @Inject
    Event<AccountChanged> changes;

    /** The identity for a username and password, or empty when they must be refused. */
    @Transactional
    public Optional<SecurityIdentity> login(String username, String password) {
        Optional<Account> found = Account.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            return refused("unknown");
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (!mayLogIn(account, now)) {
            return refused("locked");
        }
        if (!hasher.matches(password, account.passwordHash)) {
            registerFailure(account, now);
            return refused("bad-password");
        }
        if (account.failedLogins > 0 || account.lastLoginAt == null
                || account.lastLoginAt.isBefore(now.minus(LAST_LOGIN_RESOLUTION))) {
            // Bookkeeping, not an edit: a bulk update leaves the version alone, so a login never
            // turns an administrator's concurrent edit of the account into a conflict.
            Account.update("#Account.loggedIn", now, account.id);
        }
        meters.counter("hotline.logins", "outcome", "success").increment();
        return Optional.of(identityOf(account));
    }

    /**
     * The identity named by a session cookie, if the account may still log in and its password has
     * not changed since the session began: a reset or change of password ends every older session.
     */
    @Transactional
    public Optional<SecurityIdentity> resume(String sessionName) {
        int mark = sessionName.lastIndexOf(SESSION_MARK);
        if (mark < 0) {
            return Optional.empty();
        }
        String username = sessionName.substring(0, mark);
        String epoch = sessionName.substring(mark + 1);
        return Account.findByUsername(username)
                .filter(account -> mayLogIn(account, clock.instant()))
                .filter(account -> epoch.equals(passwordEpoch(account)))
                .map(this::identityOf);
    }

    /** Separates the username from the password epoch in the name a session cookie carries. */
    static final char SESSION_MARK = '#';

    private static String passwordEpoch(Account account) {
        return Long.toString(account.passwordChangedAt.toEpochMilli());
    }

    static boolean mayLogIn(Account account, Instant now) {
        if (account.locked) {
            return false;
        }
        if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
            return false;
        }
        return account.unit == null || account.unit.active;
    }

    private void registerFailure(Account account, Instant now) {
        HotlineConfig.Account rules = config.account();
        if (account.failedLogins + 1 < rules.maxFailedLogins()) {
            Account.update("#Account.failedLogin", account.id);
        } else {
            Instant until = now.plus(rules.failedLoginLockout());
            Account.update("#Account.lockedOut", until, account.id);
            audit.recordAs(account.username, "account.locked-after-failures", AccountService.AUDIT_TYPE, account.id,
                    Map.of("lockedUntil", until.toString()));
            changes.fire(new AccountChanged(account.username));
        }
    }

    /** After the change is committed: a request from now on reads the account again. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        identities.forget(changed.username());
    }

    /** A deactivated unit's handlers may no longer log in, from their next request on. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitDeactivated deactivated) {
        identities.forgetAll();
    }

    private Optional<SecurityIdentity> refused(String reason) {
        meters.counter("hotline.logins", "outcome", reason).increment();
        return Optional.empty();
    }

    private SecurityIdentity identityOf(Account account) {
        // The principal's name is what the session cookie stores: the username and when the password
        // was last set, so a session outlives neither a password reset nor a change.
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username + SESSION_MARK + passwordEpoch(account)))
                .addRole(account.role.name())
                .addAttribute(CurrentUser.USERNAME, account.username)
                .addAttribute(CurrentUser.ACCOUNT_ID, account.id)
                .addAttribute(CurrentUser.DISPLAY_NAME, account.displayName);
        if (account.unit != null) {
            builder.addAttribute(CurrentUser.UNIT_ID, account.unit.id)
                    .addAttribute(CurrentUser.UNIT_NAME, account.unit.name);
        }
        return builder.build();
    }
}

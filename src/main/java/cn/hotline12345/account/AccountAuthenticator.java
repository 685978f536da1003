package cn.hotline12345.account;

import cn.hotline12345.identity.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration sessionTimeout;

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
        return Optional.of(identityOf(account, newSessionId()));
    }

    /**
     * The identity named by a session cookie, if the account may still log in, its password has not
     * changed since the session began (a reset or change of password ends every older session) and
     * the session was not ended by logging out.
     */
    @Transactional
    public Optional<SecurityIdentity> resume(String sessionName) {
        return SessionName.parse(sessionName)
                .filter(session -> !EndedSession.isEnded(session.id()))
                .flatMap(session -> Account.findByUsername(session.username())
                        .filter(account -> mayLogIn(account, clock.instant()))
                        .filter(account -> session.passwordEpoch().equals(passwordEpoch(account)))
                        .map(account -> identityOf(account, session.id())));
    }

    /**
     * Logging out: the session's cookie is refused from now on, here and (once their few seconds of
     * reuse have passed) on every other instance. Ending an ended session again changes nothing.
     */
    @Transactional
    public void endSession(SecurityIdentity identity) {
        Optional<SessionName> session = SessionName.parse(identity.getPrincipal().getName());
        if (session.isEmpty() || EndedSession.isEnded(session.get().id())) {
            return;
        }
        Instant now = clock.instant();
        // Nothing older than a session's longest life needs remembering: its cookie has expired.
        EndedSession.delete("#EndedSession.forgetBefore", now.minus(sessionTimeout));
        EndedSession ended = new EndedSession();
        ended.sessionId = session.get().id();
        ended.username = session.get().username();
        ended.endedAt = now;
        ended.persist();
        Long accountId = identity.getAttribute(CurrentUser.ACCOUNT_ID);
        audit.recordAs(ended.username, "account.logged-out", AccountService.AUDIT_TYPE, accountId, Map.of());
        changes.fire(new AccountChanged(ended.username));
    }

    /**
     * What a session cookie names: the username, when the password was last set and the session's
     * own id, drawn at login (username#epoch#id).
     */
    record SessionName(String username, String passwordEpoch, String id) {

        private static final char MARK = '#';

        static Optional<SessionName> parse(String name) {
            int last = name.lastIndexOf(MARK);
            int before = last > 0 ? name.lastIndexOf(MARK, last - 1) : -1;
            if (before <= 0 || last == name.length() - 1) {
                return Optional.empty(); // a cookie from before sessions had ids, or not ours at all
            }
            return Optional.of(new SessionName(name.substring(0, before), name.substring(before + 1, last),
                    name.substring(last + 1)));
        }

        String text() {
            return username + MARK + passwordEpoch + MARK + id;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String newSessionId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

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

    private SecurityIdentity identityOf(Account account, String sessionId) {
        // The principal's name is what the session cookie stores (SessionName): a session outlives
        // neither a password reset nor a change, and can be ended by its id.
        String session = new SessionName(account.username, passwordEpoch(account), sessionId).text();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session))
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

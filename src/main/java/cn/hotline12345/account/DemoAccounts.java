package cn.hotline12345.account;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.unit.MemberUnit;

/**
 * Accounts that exist before anyone can create accounts: one demo user per role when demo data is
 * on, and in a real deployment a first administrator whose password comes from the environment.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    public static final String PASSWORD = "Demo12345";

    public record Demo(String username, String displayName, Role role, String unitCode) {
    }

    public static final List<Demo> ACCOUNTS = List.of(
            new Demo("agent", "李晓敏", Role.AGENT, null),
            new Demo("agent2", "陈志强", Role.AGENT, null),
            new Demo("supervisor", "王丽华", Role.SUPERVISOR, null),
            new Demo("handler", "黄建国", Role.UNIT_HANDLER, "440600-D015"),
            new Demo("handler2", "梁美玲", Role.UNIT_HANDLER, "440605-T001"),
            new Demo("editor", "周文静", Role.KB_EDITOR, null),
            new Demo("reviewer", "吴嘉欣", Role.KB_REVIEWER, null),
            new Demo("manager", "何振华", Role.MANAGER, null),
            new Demo("admin", "系统管理员", Role.ADMIN, null));

    @Inject
    HotlineConfig config;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (config.demoData()) {
            String hash = hasher.hash(PASSWORD);
            for (Demo demo : ACCOUNTS) {
                if (Account.findByUsername(demo.username()).isEmpty()) {
                    MemberUnit unit = demo.unitCode() == null ? null : MemberUnit.findByCode(demo.unitCode()).orElseThrow();
                    create(demo.username(), demo.displayName(), demo.role(), unit, hash);
                }
            }
        }
        Optional<String> firstAdminPassword = config.bootstrapAdminPassword();
        if (firstAdminPassword.isPresent() && Account.count("role", Role.ADMIN) == 0
                && Account.findByUsername("admin").isEmpty()) {
            PasswordPolicy.check("hotline.bootstrap-admin-password", "admin", firstAdminPassword.get());
            create("admin", "系统管理员", Role.ADMIN, null, hasher.hash(firstAdminPassword.get()));
            LOG.info("created the first administrator account 'admin'");
        }
    }

    private void create(String username, String displayName, Role role, MemberUnit unit, String hash) {
        Instant now = clock.instant();
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.unit = unit;
        account.passwordHash = hash;
        account.passwordChangedAt = now;
        account.createdAt = now;
        account.updatedAt = now;
        account.persist();
        audit.recordAs(CurrentUser.SYSTEM, "account.created", AccountService.AUDIT_TYPE, account.id,
                java.util.Map.of("username", username, "role", role.name()));
    }
}

package cn.hotline12345.account;

import cn.hotline12345.identity.Role;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import cn.hotline12345.unit.MemberUnit;

/** A person who logs in. Passwords are kept only as bcrypt hashes. */
@Entity
@Table(name = "account")
@NamedQueries({
        @NamedQuery(name = "Account.byUsername",
                query = "from Account a left join fetch a.unit where lower(a.username) = lower(?1)"),
        @NamedQuery(name = "Account.withUnit", query = "from Account a left join fetch a.unit where a.id = ?1"),
        @NamedQuery(name = "Account.loggedIn",
                query = "update Account set lastLoginAt = ?1, failedLogins = 0 where id = ?2"),
        @NamedQuery(name = "Account.failedLogin",
                query = "update Account set failedLogins = failedLogins + 1 where id = ?1"),
        @NamedQuery(name = "Account.lockedOut",
                query = "update Account set failedLogins = 0, lockedUntil = ?1 where id = ?2")
})
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 64)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    /** Set exactly when the role is UNIT_HANDLER. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public MemberUnit unit;

    /** Locked by an administrator: no login until unlocked. */
    @Column(nullable = false)
    public boolean locked;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    /** Locked for a while after too many failed logins. */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    public Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public static Optional<Account> findByUsername(String username) {
        return find("#Account.byUsername", username).firstResultOptional();
    }

    /** The account with its unit loaded, so it can be shown after its transaction ends. */
    public static Account findWithUnit(long id) {
        return find("#Account.withUnit", id).firstResult();
    }

    public Long unitId() {
        return unit == null ? null : unit.id;
    }
}

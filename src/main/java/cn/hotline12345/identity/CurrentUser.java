package cn.hotline12345.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * The person behind the current request, as the identity providers described them. Every feature
 * asks this bean, never the raw identity, whether the caller may see or touch a record.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    public static final String ACCOUNT_ID = "hotline.accountId";
    public static final String USERNAME = "hotline.username";
    public static final String DISPLAY_NAME = "hotline.displayName";
    public static final String UNIT_ID = "hotline.unitId";
    public static final String UNIT_NAME = "hotline.unitName";
    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String username() {
        return isLoggedIn() ? identity.getAttribute(USERNAME) : null;
    }

    /** The name written into audit records: the username, or "system" for start-up work. */
    public String actorName() {
        return isLoggedIn() ? username() : SYSTEM;
    }

    public Long accountId() {
        return isLoggedIn() ? identity.getAttribute(ACCOUNT_ID) : null;
    }

    public String displayName() {
        return isLoggedIn() ? identity.getAttribute(DISPLAY_NAME) : null;
    }

    public Role role() {
        if (!isLoggedIn()) {
            return null;
        }
        for (Role role : Role.values()) {
            if (identity.hasRole(role.name())) {
                return role;
            }
        }
        return null;
    }

    /** For templates, which name roles as text. */
    public boolean hasRole(String roleName) {
        return isLoggedIn() && identity.hasRole(roleName);
    }

    public boolean is(Role role) {
        return isLoggedIn() && identity.hasRole(role.name());
    }

    /** The unit a unit handler is bound to; null for everyone else. */
    public Long unitId() {
        return isLoggedIn() ? identity.getAttribute(UNIT_ID) : null;
    }

    public String unitName() {
        return isLoggedIn() ? identity.getAttribute(UNIT_NAME) : null;
    }

    /**
     * A unit handler may see only its own unit. Others are answered "not found", exactly as for a
     * unit that does not exist, so nothing leaks about what is there.
     */
    public void checkMayReadUnit(long unitId) {
        if (is(Role.UNIT_HANDLER) && !Long.valueOf(unitId).equals(unitId())) {
            throw DomainException.notFound("unit", unitId);
        }
    }

    public void requireLoggedIn() {
        if (!isLoggedIn()) {
            throw new DomainException(ProblemType.UNAUTHENTICATED, "problem.unauthenticated.detail");
        }
    }
}

package cn.hotline12345.identity;

/** What a person does at the hotline; each account has exactly one. */
public enum Role {
    /** 话务员: answers calls, registers and dispatches work orders. */
    AGENT,
    /** 班长: runs a shift: dispatch queue, reviews, extensions, callbacks. */
    SUPERVISOR,
    /** A member unit's handler: signs for, answers or returns its unit's work orders. */
    UNIT_HANDLER,
    /** Writes and maintains knowledge-base entries. */
    KB_EDITOR,
    /** Reviews knowledge-base entries: publishes, sends back, archives, rolls back. */
    KB_REVIEWER,
    /** Reads reports and produces the monthly operation bulletin. */
    MANAGER,
    /** Keeps the registry of units and accounts. */
    ADMIN;

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String UNIT_HANDLER = "UNIT_HANDLER";
        public static final String KB_EDITOR = "KB_EDITOR";
        public static final String KB_REVIEWER = "KB_REVIEWER";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public boolean needsUnit() {
        return this == UNIT_HANDLER;
    }
}

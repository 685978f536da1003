package cn.hotline12345.common;

import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the hotline itself; the services' own keys stay under quarkus.*. */
@ConfigMapping(prefix = "hotline")
public interface HotlineConfig {

    /** The zone every time is shown and every calendar rule is computed in. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Creates the demo accounts at start-up (never in a real deployment). */
    @WithDefault("false")
    boolean demoData();

    /**
     * With demo data: also makes a few months of history (orders, calls, bulletins) in an empty
     * hotline, so that statistics and bulletins show figures.
     */
    @WithDefault("true")
    boolean demoHistory();

    /** Creates the first administrator "admin" with this password when no administrator exists. */
    Optional<String> bootstrapAdminPassword();

    Api api();

    Account account();

    interface Api {
        /** Largest request body the API reads; larger ones get 413 before any work is done. */
        @WithDefault("262144")
        long maxBodyBytes();

        /** Largest file upload (a knowledge-base import); uploads are streamed to disk, not held in memory. */
        @WithDefault("268435456")
        long maxUploadBytes();
    }

    interface Account {
        @WithDefault("10")
        int bcryptCost();

        /** Consecutive failed logins after which an account is locked for a while. */
        @WithDefault("5")
        int maxFailedLogins();

        @WithDefault("PT15M")
        java.time.Duration failedLoginLockout();

        /**
         * How long a proven identity is reused without reading the account again; a change made on
         * another instance takes this long to be seen there. PT0S turns the reuse off.
         */
        @WithDefault("PT5S")
        java.time.Duration identityCacheTtl();
    }
}

package cn.hotline12345.account;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.hotline12345.common.HotlineConfig;

/** Wires the plain-Java account rules to configuration. */
public class AccountBeans {

    @Produces
    @Singleton
    PasswordHasher passwordHasher(HotlineConfig config, Clock clock) {
        return new PasswordHasher(config.account().bcryptCost(), Duration.ofMinutes(5), clock);
    }

    @Produces
    @Singleton
    IdentityCache identityCache(HotlineConfig config, Clock clock) {
        return new IdentityCache(config.account().identityCacheTtl(), clock);
    }
}

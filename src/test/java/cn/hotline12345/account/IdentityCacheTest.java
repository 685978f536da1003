package cn.hotline12345.account;

import cn.hotline12345.identity.CurrentUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import cn.hotline12345.testing.SettableClock;

class IdentityCacheTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private static SecurityIdentity identity(String username) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username + "#1")).addRole("AGENT")
                .addAttribute(CurrentUser.USERNAME, username).build();
    }

    @Test
    void aProvenIdentityIsReusedUntilItExpires() {
        IdentityCache cache = new IdentityCache(Duration.ofSeconds(5), clock);
        String key = cache.passwordKey("agent", "Demo12345");
        SecurityIdentity agent = identity("agent");
        assertThat(cache.get(key)).isEmpty();
        assertThat(cache.remember(key, agent, cache.generation())).isSameAs(agent);
        clock.advance(Duration.ofSeconds(4));
        assertThat(cache.get(key)).containsSame(agent);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get(key)).isEmpty();
    }

    @Test
    void anotherPasswordIsAnotherKeyAndKeysRevealNoPassword() {
        IdentityCache cache = new IdentityCache(Duration.ofSeconds(5), clock);
        String key = cache.passwordKey("agent", "Demo12345");
        cache.remember(key, identity("agent"), cache.generation());
        assertThat(cache.get(cache.passwordKey("agent", "Demo12346"))).isEmpty();
        assertThat(cache.get(cache.passwordKey("agent2", "Demo12345"))).isEmpty();
        assertThat(key).as("a salted SHA-256 digest, nothing else").matches("p:[0-9a-f]{64}");
        assertThat(new IdentityCache(Duration.ofSeconds(5), clock).passwordKey("agent", "Demo12345"))
                .as("salted per process").isNotEqualTo(key);
    }

    @Test
    void forgettingAnAccountDropsEveryWayItWasProven() {
        IdentityCache cache = new IdentityCache(Duration.ofSeconds(5), clock);
        String basic = cache.passwordKey("agent", "Demo12345");
        String session = IdentityCache.sessionKey("agent#1");
        String other = IdentityCache.sessionKey("agent2#1");
        cache.remember(basic, identity("agent"), cache.generation());
        cache.remember(session, identity("agent"), cache.generation());
        cache.remember(other, identity("agent2"), cache.generation());
        cache.forget("agent");
        assertThat(cache.get(basic)).isEmpty();
        assertThat(cache.get(session)).isEmpty();
        assertThat(cache.get(other)).isPresent();
    }

    @Test
    void anIdentityReadBeforeAChangeIsNotKeptAfterIt() {
        IdentityCache cache = new IdentityCache(Duration.ofSeconds(5), clock);
        String key = IdentityCache.sessionKey("agent#1");
        long seen = cache.generation();
        // The account is read (still unlocked), then an administrator's lock commits and forgets.
        cache.forget("agent");
        SecurityIdentity stale = identity("agent");
        assertThat(cache.remember(key, stale, seen)).isSameAs(stale);
        assertThat(cache.get(key)).isEmpty();
        cache.remember(key, identity("agent"), cache.generation());
        assertThat(cache.get(key)).isPresent();
        cache.forgetAll();
        assertThat(cache.get(key)).isEmpty();
    }

    @Test
    void aZeroLifetimeKeepsNothing() {
        IdentityCache cache = new IdentityCache(Duration.ZERO, clock);
        String key = IdentityCache.sessionKey("agent#1");
        cache.remember(key, identity("agent"), cache.generation());
        assertThat(cache.get(key)).isEmpty();
    }
}

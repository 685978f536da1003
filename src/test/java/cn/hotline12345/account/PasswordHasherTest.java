package cn.hotline12345.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.hotline12345.testing.SettableClock;

class PasswordHasherTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private final PasswordHasher hasher = new PasswordHasher(4, Duration.ofMinutes(5), clock);

    @Test
    void hashesWithBcryptAndVerifies() {
        String hash = hasher.hash("Secret123");
        assertThat(hash).startsWith("$2").doesNotContain("Secret123");
        assertThat(hasher.matches("Secret123", hash)).isTrue();
        assertThat(hasher.matches("Secret124", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.hash("Secret123")).isNotEqualTo(hash);
    }

    @Test
    void aRememberedVerificationNeverOutlivesAPasswordChange() {
        String oldHash = hasher.hash("Secret123");
        assertThat(hasher.matches("Secret123", oldHash)).isTrue();
        String newHash = hasher.hash("Other4567");
        assertThat(hasher.matches("Secret123", newHash)).isFalse();
        assertThat(hasher.matches("Other4567", newHash)).isTrue();
    }

    @Test
    void unknownUsersCostAVerificationAndNeverMatch() {
        assertThat(hasher.matchesNothing("anything")).isFalse();
        assertThat(hasher.matchesNothing(null)).isFalse();
    }
}

package cn.hotline12345.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private final DeadlinePolicy policy = new DeadlinePolicy(Duration.ofHours(2), Duration.ofHours(22));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void twentyTwoWallClockHoursAcrossMidnight() {
        Instant dispatched = ZonedDateTime.of(2026, 11, 28, 17, 30, 0, 0, SHANGHAI).toInstant();
        assertThat(policy.replyDue(dispatched).atZone(SHANGHAI))
                .isEqualTo(ZonedDateTime.of(2026, 11, 29, 15, 30, 0, 0, SHANGHAI));
        assertThat(policy.signDue(dispatched).atZone(SHANGHAI))
                .isEqualTo(ZonedDateTime.of(2026, 11, 28, 19, 30, 0, 0, SHANGHAI));
    }

    @Test
    void onTimeUpToAndIncludingTheDueInstant() {
        Instant due = Instant.parse("2026-11-29T07:30:00Z");
        assertThat(DeadlinePolicy.onTime(due.minusSeconds(1), due)).isTrue();
        assertThat(DeadlinePolicy.onTime(due, due)).isTrue();
        assertThat(DeadlinePolicy.onTime(due.plusMillis(1), due)).isFalse();
    }
}

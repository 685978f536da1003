package cn.hotline12345.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The application's clock in @QuarkusTest runs: the system clock, unless a test pins it to an
 * instant, so that a test can make steps happen at the times it needs (a reply 24 hours after
 * the dispatch) through the real rules. A test that pins must unpin, also when it fails.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final AtomicReference<Instant> PINNED = new AtomicReference<>();

    private static final Clock CLOCK = new Movable(ZoneOffset.UTC);

    /** Reads the pin, whatever zone it was asked for in. */
    private static final class Movable extends Clock {

        private final ZoneId zone;

        Movable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Movable(other);
        }

        @Override
        public Instant instant() {
            Instant pinned = PINNED.get();
            return pinned != null ? pinned : Instant.now();
        }
    }

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static void pin(Instant instant) {
        PINNED.set(instant);
    }

    /** Pins the clock to a wall-clock time in Asia/Shanghai, written as 2025-06-02T09:00. */
    public static Instant pinShanghai(String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
        pin(instant);
        return instant;
    }

    public static void unpin() {
        PINNED.set(null);
    }
}

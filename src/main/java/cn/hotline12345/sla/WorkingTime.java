package cn.hotline12345.sla;

import java.time.Duration;
import java.time.Instant;

/** How deadline time is counted: every hour of the clock, or only the hotline's working hours. */
public interface WorkingTime {

    /** The instant when {@code amount} of counted time has passed since {@code start}. */
    Instant plus(Instant start, Duration amount);

    /** Counted time between two instants (zero when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to);

    /**
     * Whether {@code plus(start, amount)} counts as configured; false when it had to estimate by the
     * wall clock (working time reaching into a year whose holidays are not known).
     */
    default boolean counts(Instant start, Duration amount) {
        return true;
    }

    /** Every hour counts. */
    WorkingTime WALL_CLOCK = new WorkingTime() {
        @Override
        public Instant plus(Instant start, Duration amount) {
            return start.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };
}

package cn.hotline12345.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The clock every recorded time and every rule about time reads (deadlines, calls, audits), so those
 * rules can be tested with a fixed one. PBX events carry the PBX's own time; only the PBX connection's
 * timers (reconnect back-off, keep-alive, reconciliation interval) and latency metrics measure real
 * elapsed time instead.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

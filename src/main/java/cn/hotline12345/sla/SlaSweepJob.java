package cn.hotline12345.sla;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Runs the deadline sweep on every instance; the sweep itself makes sure only one works at a time. */
@ApplicationScoped
public class SlaSweepJob {

    private static final Logger LOG = Logger.getLogger(SlaSweepJob.class);

    @Inject
    SlaSweep sweep;

    @Inject
    Clock clock;

    @Scheduled(every = "${hotline.sla.sweep-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        SlaSweep.Result result = sweep.sweepOnce(clock.instant());
        if (result.ran() && (result.urged() > 0 || result.alerts().values().stream().anyMatch(n -> n > 0))) {
            LOG.infof("deadline sweep: alerts %s, urged %d", result.alerts(), result.urged());
        }
    }
}

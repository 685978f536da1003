package cn.hotline12345.sla;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.hotline12345.identity.Role;

/** Operations on the deadline sweep: run a pass now (after maintenance, or to measure one). */
@Path("/api/sla/sweep")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class SlaResource {

    public record SweepView(boolean ran, java.util.Map<String, Integer> alerts, int urged, long elapsedMillis) {
    }

    @Inject
    SlaSweep sweep;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Run one sweep pass now", description = "ran=false when another instance is sweeping.")
    public SweepView run() {
        long started = System.nanoTime();
        SlaSweep.Result result = sweep.sweepOnce(clock.instant());
        return new SweepView(result.ran(), result.alerts(), result.urged(), (System.nanoTime() - started) / 1_000_000);
    }
}

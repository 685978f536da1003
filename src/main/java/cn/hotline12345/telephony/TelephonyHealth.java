package cn.hotline12345.telephony;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * The AMI connection in /q/health (and /q/health/well). A wellness check, not readiness: agents can
 * still register orders and search while the PBX is away, so the app must stay in the load balancer.
 */
@Wellness
@ApplicationScoped
public class TelephonyHealth implements HealthCheck {

    @Inject
    AmiConnector connector;

    @Override
    public HealthCheckResponse call() {
        AmiConnector.State state = connector.state();
        boolean up = state == AmiConnector.State.CONNECTED || state == AmiConnector.State.STANDBY
                || state == AmiConnector.State.DISABLED;
        HealthCheckResponseBuilder response = HealthCheckResponse.named("telephony").status(up)
                .withData("state", state.name()).withData("since", connector.since().toString());
        if (connector.lastError() != null) {
            response.withData("lastError", connector.lastError());
        }
        return response.build();
    }
}

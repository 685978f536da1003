package cn.hotline12345.telephony;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The FastAGI server the dialplan calls (agi://HOST:4573/survey, /progress). Every instance serves it: each
 * request is independent, so the PBX can be given any of them (or a load balancer in front).
 */
@ApplicationScoped
public class AgiService {

    private static final Logger LOG = Logger.getLogger(AgiService.class);

    @Inject
    TelephonyConfig config;

    @Inject
    CallSurveys surveys;

    private DefaultAgiServer server;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        SimpleMappingStrategy scripts = new SimpleMappingStrategy();
        scripts.setMappings(Map.of("survey", new SurveyScript(surveys), "progress", new ProgressScript()));
        server = new DefaultAgiServer(scripts);
        server.setPort(config.agi().port());
        try {
            server.setAddress(InetAddress.getByName(config.agi().bind()));
        } catch (IOException e) {
            throw new IllegalStateException("hotline.telephony.agi.bind is not an address: " + config.agi().bind(), e);
        }
        Thread thread = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException | IllegalStateException e) {
                LOG.errorf("the FastAGI server could not listen on %s:%d: %s", config.agi().bind(), config.agi().port(),
                        e.getMessage());
            }
        }, "fastagi-server");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (server != null) {
            try {
                server.shutdown();
            } catch (IllegalStateException e) {
                // not started
            }
        }
    }
}

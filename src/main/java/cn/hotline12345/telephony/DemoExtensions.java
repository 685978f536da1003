package cn.hotline12345.telephony;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import cn.hotline12345.common.HotlineConfig;

/** Demo data: the demo agents answer at the sandbox's first extensions (after the demo accounts exist). */
@ApplicationScoped
public class DemoExtensions {

    public static final Map<String, String> EXTENSIONS = Map.of("agent", "8001", "agent2", "8002", "supervisor", "8003");

    @Inject
    HotlineConfig config;

    @Inject
    AgentDirectory agents;

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (config.demoData()) {
            agents.assignDemoExtensions(EXTENSIONS);
        }
    }
}

package cn.hotline12345.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Asterisk 22 sandbox (telephony/asterisk.sh): reused when running, else installed and
 * started. The app under test connects to it as the adapter's AMI user; tests place calls as the
 * generator's user.
 */
public class AsteriskResource implements QuarkusTestResourceLifecycleManager {

    private static Map<String, String> sandbox;

    @Override
    public synchronized Map<String, String> start() {
        sandbox();
        return Map.of("hotline.telephony.enabled", "true",
                "hotline.telephony.ami.host", sandbox.get("HOTLINE_AMI_HOST"),
                "hotline.telephony.ami.port", sandbox.get("HOTLINE_AMI_PORT"),
                "hotline.telephony.ami.username", sandbox.get("HOTLINE_AMI_USERNAME"),
                "hotline.telephony.ami.secret", sandbox.get("HOTLINE_AMI_SECRET"),
                "hotline.telephony.agent-interface", sandbox.get("HOTLINE_TELEPHONY_AGENT_INTERFACE"),
                "hotline.telephony.callback-context", sandbox.get("HOTLINE_TELEPHONY_CALLBACK_CONTEXT"));
    }

    /** The sandbox's settings as the script printed them (HOTLINE_AMI_*, HOTLINE_CALLGEN_*). */
    public static synchronized Map<String, String> sandbox() {
        if (sandbox == null) {
            sandbox = ensure();
        }
        return sandbox;
    }

    /**
     * Starts or reuses the sandbox with its CDRs going to the test database. Called again once the
     * app has migrated that database, it lets the PBX write into pbx_cdr (see telephony/asterisk.sh).
     */
    public static Map<String, String> ensure() {
        return OpsScript.runFile("telephony/asterisk.sh", "ensure", "--cdr-database", PostgresResource.DATABASE);
    }

    @Override
    public void stop() {
        // Left running for the next run; `telephony/asterisk.sh stop` stops it.
    }
}

package cn.hotline12345.telephony;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The telephony adapter: how it reaches the PBX's manager interface and how it ingests events. */
@ConfigMapping(prefix = "hotline.telephony")
public interface TelephonyConfig {

    /** Connects to the PBX at start; off, the hotline runs without telephony. */
    @WithDefault("false")
    boolean enabled();

    Ami ami();

    Agi agi();

    /** An agent's phone as the PBX dials it; {extension} is replaced (the sandbox: a Local channel). */
    @WithDefault("PJSIP/{extension}")
    String agentInterface();

    /** The dialplan context that calls a citizen once the agent has picked up (callbacks, 回访). */
    @WithDefault("hotline-callback")
    String callbackContext();

    /** How long the agent's phone rings for a callback before the attempt is given up. */
    @WithDefault("PT30S")
    Duration callbackRing();

    interface Agi {
        /** Where the FastAGI server listens; the dialplan's HOTLINE_FASTAGI names it. */
        @WithDefault("127.0.0.1")
        String bind();

        @WithDefault("4573")
        int port();
    }

    /** The dialplan context where calls to 12345 enter: a channel created there starts a call record. */
    @WithDefault("hotline-inbound")
    String inboundContext();

    /** Longest an event waits in memory before it is written; events are written in batches. */
    @WithDefault("PT0.05S")
    Duration flushEvery();

    @WithDefault("500")
    int batchSize();

    /** Events held in memory at most while the database is slow; beyond it the reader waits. */
    @WithDefault("100000")
    int bufferSize();

    /** How often the leader compares the open calls with the PBX's channels besides after each login. */
    @WithDefault("PT5M")
    Duration reconcileEvery();

    /** How far back reconciliation looks in the PBX's CDRs (pbx_cdr) for calls it never saw. */
    @WithDefault("PT24H")
    Duration cdrLookback();

    /**
     * How long a call must have been over before its CDRs may stand in for its events: by then the
     * events of a call the adapter did see are in the ledger.
     */
    @WithDefault("PT10S")
    Duration cdrSettle();

    /** How often a standby instance tries to take over the AMI connection. */
    @WithDefault("PT2S")
    Duration leaderPoll();

    interface Ami {
        @WithDefault("127.0.0.1")
        String host();

        @WithDefault("5038")
        int port();

        @WithDefault("hotline")
        String username();

        /** Never logged. */
        Optional<String> secret();

        /** First wait before reconnecting; doubled after every failed attempt up to reconnect-max. */
        @WithDefault("PT0.5S")
        Duration reconnectMin();

        @WithDefault("PT30S")
        Duration reconnectMax();

        /** A Ping this often; an unanswered one counts as a lost connection. */
        @WithDefault("PT10S")
        Duration keepAlive();

        @WithDefault("PT5S")
        Duration timeout();
    }
}

package cn.hotline12345.telephony;

import java.time.Instant;

/** An agent's state at the PBX: signed in to the queues, paused (示忙), what the phone is doing. */
public record AgentState(String extension, boolean loggedIn, boolean paused, String pausedReason, AgentStatus status,
        Instant updatedAt) {
}

package cn.hotline12345.telephony;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/** What agents do to their own place in the queues from the console: pause (示忙) and resume. */
@ApplicationScoped
public class AgentConsole {

    @Inject
    TelephonyConfig config;

    @Inject
    AgentDirectory agents;

    @Inject
    PbxSession pbx;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Pauses or resumes the reader in every queue; the PBX's events then update the agent's state. */
    @Transactional
    public String pause(boolean paused, String reason) {
        String extension = agents.extensionOf(currentUser.username()).orElseThrow(
                () -> new DomainException(ProblemType.CONFLICT, "problem.telephony.no-extension"));
        QueuePauseAction action = new QueuePauseAction(config.agentInterface().replace("{extension}", extension), paused);
        if (paused && reason != null && !reason.isBlank()) {
            action.setReason(reason.strip());
        }
        ManagerResponse response = pbx.send(action, config.ami().timeout().toMillis());
        if (response instanceof ManagerError) {
            throw new DomainException(ProblemType.CONFLICT, "problem.telephony.not-in-queues", extension);
        }
        audit.record(paused ? "agent.paused" : "agent.resumed", "agent", extension,
                Map.of("reason", reason == null ? "" : reason));
        return extension;
    }
}

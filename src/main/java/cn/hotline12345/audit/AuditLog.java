package cn.hotline12345.audit;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import cn.hotline12345.identity.CurrentUser;

/** Writes audit events in the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditLog {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Map<String, Object> details) {
        recordAs(currentUser.actorName(), action, entityType, entityId, details);
    }

    /** For work done outside a user's request: start-up, or the login itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Object entityId, Map<String, Object> details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = actor;
        event.action = action;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.details = details;
        event.requestId = currentRequestId();
        event.persist();
    }

    /** The id of the request being served (X-Request-Id), kept with every audited change; null off a request. */
    public static String currentRequestId() {
        Object requestId = MDC.get("requestId");
        return requestId == null ? null : requestId.toString();
    }
}

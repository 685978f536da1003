package cn.hotline12345.telephony;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.jboss.logging.Logger;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * One action on the PBX from any instance, in a short manager session of its own (login, action,
 * logoff): actions do not depend on which instance holds the event connection.
 */
@ApplicationScoped
public class PbxSession {

    private static final Logger LOG = Logger.getLogger(PbxSession.class);

    @Inject
    TelephonyConfig config;

    /** The PBX's answer; 503 when telephony is off or the PBX cannot be reached. */
    public ManagerResponse send(ManagerAction action, long timeoutMillis) {
        if (!config.enabled() || config.ami().secret().isEmpty()) {
            throw new DomainException(ProblemType.SERVICE_UNAVAILABLE, "problem.telephony.off");
        }
        TelephonyConfig.Ami ami = config.ami();
        ManagerConnection connection = new ManagerConnectionFactory(ami.host(), ami.port(), ami.username(),
                ami.secret().orElseThrow()).createManagerConnection();
        try {
            connection.login("off");
            return connection.sendAction(action, timeoutMillis);
        } catch (Exception e) {
            LOG.warnf("the PBX did not take %s: %s", action.getAction(), e.getMessage());
            throw new DomainException(ProblemType.SERVICE_UNAVAILABLE, "problem.telephony.pbx-unavailable");
        } finally {
            try {
                connection.logoff();
            } catch (RuntimeException e) {
                // not logged in
            }
        }
    }
}

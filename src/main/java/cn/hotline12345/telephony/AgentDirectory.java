package cn.hotline12345.telephony;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/** Which agent answers at which extension: the queue member name and the phone of an account. */
@ApplicationScoped
public class AgentDirectory {

    /** An agent (or supervisor) and the extension of their phone, if one is assigned. */
    public record AgentPhone(long accountId, String username, String displayName, String role, String extension) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public Optional<String> extensionOf(String username) {
        List<?> rows = em.createNativeQuery("select pbx_extension from account where username = ?1 and pbx_extension is not null")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    @SuppressWarnings("unchecked")
    public List<AgentPhone> agents() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, username, display_name, role, pbx_extension from account
                 where role in ('AGENT', 'SUPERVISOR') order by pbx_extension nulls last, username""").getResultList();
        return rows.stream().map(r -> new AgentPhone(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    /** Gives an agent an extension (or none); an extension belongs to one account at most. */
    @Transactional
    public AgentPhone assign(long accountId, String extension) {
        List<?> found = em.createNativeQuery("select pbx_extension from account where id = ?1 and role in ('AGENT', 'SUPERVISOR')")
                .setParameter(1, accountId).getResultList();
        if (found.isEmpty()) {
            throw new DomainException(ProblemType.NOT_FOUND, "problem.telephony.agent-not-found");
        }
        String before = (String) found.get(0);
        if (extension != null) {
            List<?> holder = em.createNativeQuery("select id from account where pbx_extension = ?1 and id <> ?2")
                    .setParameter(1, extension).setParameter(2, accountId).getResultList();
            if (!holder.isEmpty()) {
                throw new DomainException(ProblemType.CONFLICT,
                        List.of(new FieldError("extension", "problem.telephony.extension-taken")),
                        "problem.telephony.extension-taken", extension);
            }
        }
        em.createNativeQuery("update account set pbx_extension = ?1, updated_at = now() where id = ?2")
                .setParameter(1, extension).setParameter(2, accountId).executeUpdate();
        java.util.HashMap<String, Object> details = new java.util.HashMap<>();
        details.put("before", before);
        details.put("after", extension);
        audit.record("account.extension", "account", accountId, details);
        return agents().stream().filter(a -> a.accountId() == accountId).findFirst().orElseThrow();
    }

    /** Demo data: the sandbox's first extensions for the demo agents, unless they have one. */
    @Transactional
    public void assignDemoExtensions(Map<String, String> extensionsByUsername) {
        extensionsByUsername.forEach((username, extension) -> em.createNativeQuery("""
                update account set pbx_extension = ?1 where username = ?2 and pbx_extension is null
                   and not exists (select 1 from account other where other.pbx_extension = ?1)""")
                .setParameter(1, extension).setParameter(2, username).executeUpdate());
    }
}

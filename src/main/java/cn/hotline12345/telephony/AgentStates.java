package cn.hotline12345.telephony;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import cn.hotline12345.common.SqlValues;

/**
 * Agents' states from the queue member events. Events only change a map in memory (the AMI reader
 * never waits on the database for them); the latest state per extension is written every second.
 */
@ApplicationScoped
public class AgentStates {

    @Inject
    EntityManager em;

    private final Map<String, AgentState> pending = new ConcurrentHashMap<>();

    public void apply(AgentState state) {
        String reason = state.pausedReason();
        if (state.extension().length() > 16) {
            return; // not an extension of ours
        }
        pending.put(state.extension(), new AgentState(state.extension(), state.loggedIn(), state.paused(),
                reason != null && reason.length() > 64 ? reason.substring(0, 64) : reason, state.status(),
                state.updatedAt()));
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<AgentState> batch = new ArrayList<>();
        for (String extension : List.copyOf(pending.keySet())) {
            AgentState state = pending.remove(extension);
            if (state != null) {
                batch.add(state);
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> write(batch));
        } catch (RuntimeException e) {
            // Kept for the next flush, unless a newer state of that extension came meanwhile.
            batch.forEach(state -> pending.putIfAbsent(state.extension(), state));
            throw e;
        }
    }

    private void write(List<AgentState> batch) {
        for (AgentState state : batch) {
            em.createNativeQuery("""
                    insert into agent_state (extension, logged_in, paused, paused_reason, status, updated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (extension) do update set logged_in = excluded.logged_in, paused = excluded.paused,
                        paused_reason = excluded.paused_reason, status = excluded.status, updated_at = excluded.updated_at
                     where agent_state.updated_at <= excluded.updated_at""")
                    .setParameter(1, state.extension()).setParameter(2, state.loggedIn()).setParameter(3, state.paused())
                    .setParameter(4, state.pausedReason()).setParameter(5, state.status().name())
                    .setParameter(6, Timestamp.from(state.updatedAt())).executeUpdate();
        }
    }

    @Transactional
    public Optional<AgentState> of(String extension) {
        return read("where extension = ?1", extension).stream().findFirst();
    }

    @Transactional
    public List<AgentState> all() {
        return read("", null);
    }

    @SuppressWarnings("unchecked")
    private List<AgentState> read(String where, String extension) {
        var query = em.createNativeQuery("select extension, logged_in, paused, paused_reason, status, updated_at"
                + " from agent_state " + where + " order by extension");
        if (extension != null) {
            query.setParameter(1, extension);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AgentState((String) r[0], (Boolean) r[1], (Boolean) r[2], (String) r[3],
                AgentStatus.valueOf((String) r[4]), SqlValues.instant(r[5]))).toList();
    }
}

package cn.hotline12345.telephony;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes PBX events and the call records folded from them, a batch per transaction: the events
 * first (a duplicate is refused by the table's key), then every call the batch touched is folded
 * again from all of its stored events.
 */
@ApplicationScoped
public class CallLedger {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** Stored payloads are read leniently: a field a later version added must not make them unreadable. */
    private ObjectMapper json;

    @jakarta.annotation.PostConstruct
    void init() {
        json = mapper.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                false);
    }

    /** The channel on which the records of newly answered calls are announced to every instance. */
    public static final String ANSWERED_CHANNEL = "hotline_call_answered";

    /** The first key of the per-call transaction locks ("CALL"). */
    private static final int CALL_LOCK_SPACE = 0x43414C4C;

    /** What a batch did: events received, and those new to the ledger. */
    public record Applied(int received, int stored) {
    }

    @Transactional
    public Applied apply(List<PbxEvent> events) {
        if (events.isEmpty()) {
            return new Applied(0, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            Set<String> touched = new LinkedHashSet<>();
            int stored = storeEvents(connection, events, touched);
            lockCalls(connection, touched);
            List<CallFacts> calls = new ArrayList<>();
            for (List<PbxEvent> callEvents : eventsOf(connection, touched).values()) {
                CallFold.fold(callEvents).ifPresent(calls::add);
            }
            Set<String> answeredBefore = answered(connection, touched);
            saveRecords(connection, calls);
            announceAnswered(connection, calls, answeredBefore);
            return new Applied(events.size(), stored);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write PBX events: " + e.getMessage(), e);
        }
    }

    private int storeEvents(Connection connection, List<PbxEvent> events, Set<String> touched) throws SQLException {
        int size = events.size();
        String[] linked = new String[size];
        String[] unique = new String[size];
        String[] kinds = new String[size];
        Timestamp[] at = new Timestamp[size];
        String[] details = new String[size];
        String[] payloads = new String[size];
        for (int i = 0; i < size; i++) {
            PbxEvent event = events.get(i);
            linked[i] = event.linkedId();
            unique[i] = event.uniqueId();
            kinds[i] = event.kind().name();
            at[i] = Timestamp.from(event.at());
            details[i] = event.detailKey();
            payloads[i] = toJson(event);
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into call_event (linked_id, unique_id, kind, occurred_at, detail_key, payload)
                select x.linked_id, x.unique_id, x.kind, x.occurred_at, x.detail_key, x.payload::jsonb
                  from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[], ?::text[])
                       as x(linked_id, unique_id, kind, occurred_at, detail_key, payload)
                on conflict on constraint call_event_uk do nothing
                returning linked_id""")) {
            insert.setArray(1, connection.createArrayOf("varchar", linked));
            insert.setArray(2, connection.createArrayOf("varchar", unique));
            insert.setArray(3, connection.createArrayOf("varchar", kinds));
            insert.setArray(4, connection.createArrayOf("timestamptz", at));
            insert.setArray(5, connection.createArrayOf("varchar", details));
            insert.setArray(6, connection.createArrayOf("text", payloads));
            int stored = 0;
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    touched.add(rows.getString(1));
                    stored++;
                }
            }
            return stored;
        }
    }

    /**
     * Folds of one call by two writers at once (two leaders for a moment) would save whichever
     * snapshot commits last; a transaction lock per call, taken in one order, makes them queue.
     */
    private static void lockCalls(Connection connection, Set<String> linkedIds) throws SQLException {
        if (linkedIds.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock(?, hashtext(x)) from unnest(?::text[]) x order by x")) {
            lock.setInt(1, CALL_LOCK_SPACE);
            lock.setArray(2, connection.createArrayOf("text", linkedIds.toArray()));
            lock.executeQuery().close();
        }
    }

    private Map<String, List<PbxEvent>> eventsOf(Connection connection, Set<String> linkedIds) throws SQLException {
        Map<String, List<PbxEvent>> byCall = new HashMap<>();
        if (linkedIds.isEmpty()) {
            return byCall;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select linked_id, payload::text from call_event where linked_id = any(?) order by occurred_at, id")) {
            select.setArray(1, connection.createArrayOf("varchar", linkedIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byCall.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(fromJson(rows.getString(2)));
                }
            }
        }
        return byCall;
    }

    private static Set<String> answered(Connection connection, Set<String> linkedIds) throws SQLException {
        Set<String> answered = new java.util.HashSet<>();
        if (linkedIds.isEmpty()) {
            return answered;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select linked_id from call_record where linked_id = any(?) and answered_at is not null")) {
            select.setArray(1, connection.createArrayOf("varchar", linkedIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    answered.add(rows.getString(1));
                }
            }
        }
        return answered;
    }

    /**
     * A NOTIFY per call answered by this batch (the first time its record shows an agent), sent
     * with the transaction: every instance hears it once the record is there to read.
     */
    private static void announceAnswered(Connection connection, List<CallFacts> calls, Set<String> answeredBefore)
            throws SQLException {
        for (CallFacts call : calls) {
            if (call.answeredAt() != null && call.agentExtension() != null && !answeredBefore.contains(call.linkedId())
                    && call.state() == CallState.CONNECTED) {
                try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, ANSWERED_CHANNEL);
                    notify.setString(2, call.linkedId());
                    notify.execute();
                }
            }
        }
    }

    private void saveRecords(Connection connection, List<CallFacts> calls) throws SQLException {
        if (calls.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into call_record (linked_id, caller_unique_id, caller_number, menu_choice, queue, state,
                    started_at, enqueued_at, answered_at, ended_at, wait_seconds, talk_seconds, agent_extension,
                    agent_interface, agents_rung, abandoned, completed_by, hangup_cause, hangup_cause_text,
                    recording_file, cdr_disposition, billable_seconds, events, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (linked_id) do update set caller_unique_id = excluded.caller_unique_id,
                    caller_number = excluded.caller_number, menu_choice = excluded.menu_choice,
                    queue = excluded.queue, state = excluded.state, started_at = excluded.started_at,
                    enqueued_at = excluded.enqueued_at, answered_at = excluded.answered_at,
                    ended_at = excluded.ended_at, wait_seconds = excluded.wait_seconds,
                    talk_seconds = excluded.talk_seconds, agent_extension = excluded.agent_extension,
                    agent_interface = excluded.agent_interface, agents_rung = excluded.agents_rung,
                    abandoned = excluded.abandoned, completed_by = excluded.completed_by,
                    hangup_cause = excluded.hangup_cause, hangup_cause_text = excluded.hangup_cause_text,
                    recording_file = excluded.recording_file, cdr_disposition = excluded.cdr_disposition,
                    billable_seconds = excluded.billable_seconds, events = excluded.events, updated_at = now()""")) {
            for (CallFacts call : calls) {
                int i = 1;
                upsert.setString(i++, call.linkedId());
                upsert.setString(i++, call.callerUniqueId());
                upsert.setString(i++, call.callerNumber());
                upsert.setString(i++, call.menuChoice());
                upsert.setString(i++, call.queue());
                upsert.setString(i++, call.state().name());
                upsert.setTimestamp(i++, Timestamp.from(call.startedAt()));
                upsert.setTimestamp(i++, timestamp(call.enqueuedAt()));
                upsert.setTimestamp(i++, timestamp(call.answeredAt()));
                upsert.setTimestamp(i++, timestamp(call.endedAt()));
                setInt(upsert, i++, call.waitSeconds());
                setInt(upsert, i++, call.talkSeconds());
                upsert.setString(i++, call.agentExtension());
                upsert.setString(i++, call.agentInterface());
                upsert.setInt(i++, call.agentsRung());
                upsert.setBoolean(i++, call.abandoned());
                upsert.setString(i++, call.completedBy());
                setInt(upsert, i++, call.hangupCause());
                upsert.setString(i++, call.hangupCauseText());
                upsert.setString(i++, call.recordingFile());
                upsert.setString(i++, call.cdrDisposition());
                setInt(upsert, i++, call.billableSeconds());
                upsert.setInt(i, call.events());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private String toJson(PbxEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PbxEvent fromJson(String payload) {
        try {
            return json.readValue(payload, PbxEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored PBX event: " + e.getMessage(), e);
        }
    }
}

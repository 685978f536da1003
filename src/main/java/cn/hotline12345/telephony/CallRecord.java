package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import cn.hotline12345.common.PageRequest;
import cn.hotline12345.workorder.Satisfaction;

/** One call to the hotline, as folded from the PBX's events (written only by CallLedger). */
@Entity
@Table(name = "call_record")
@NamedQueries({
        @NamedQuery(name = "CallRecord.byLinkedId", query = "from CallRecord c where c.linkedId = ?1"),
        @NamedQuery(name = "CallRecord.recent", query = "from CallRecord c order by c.startedAt desc, c.id desc"),
        @NamedQuery(name = "CallRecord.callbacks",
                query = "from CallRecord c where c.abandoned = true and c.callbackAt is null order by c.startedAt"),
        @NamedQuery(name = "CallRecord.open", query = "from CallRecord c where c.state <> cn.hotline12345.telephony.CallState.ENDED"),
        @NamedQuery(name = "CallRecord.known", query = "select c.linkedId from CallRecord c where c.linkedId in ?1"),
        @NamedQuery(name = "CallRecord.ofCaller",
                query = "from CallRecord c where c.callerNumber = ?1 order by c.startedAt desc")
})
public class CallRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "linked_id", nullable = false, unique = true)
    public String linkedId;

    @Column(name = "caller_unique_id")
    public String callerUniqueId;

    @Column(name = "caller_number")
    public String callerNumber;

    @Column(name = "menu_choice")
    public String menuChoice;

    public String queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallState state;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "enqueued_at")
    public Instant enqueuedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "wait_seconds")
    public Integer waitSeconds;

    @Column(name = "talk_seconds")
    public Integer talkSeconds;

    @Column(name = "agent_extension")
    public String agentExtension;

    @Column(name = "agent_interface")
    public String agentInterface;

    @Column(name = "agents_rung", nullable = false)
    public int agentsRung;

    @Column(nullable = false)
    public boolean abandoned;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "hangup_cause")
    public Integer hangupCause;

    @Column(name = "hangup_cause_text")
    public String hangupCauseText;

    @Column(name = "recording_file")
    public String recordingFile;

    /** The PBX's own verdict on the caller's leg (ANSWERED, NO ANSWER, BUSY, FAILED) and its billable time. */
    @Column(name = "cdr_disposition")
    public String cdrDisposition;

    @Column(name = "billable_seconds")
    public Integer billableSeconds;

    @Column(nullable = false)
    public int events;

    /** The caller's answer to the post-call survey, if they gave one. */
    @Enumerated(EnumType.STRING)
    public Satisfaction survey;

    @Column(name = "callback_at")
    public Instant callbackAt;

    @Column(name = "callback_by")
    public String callbackBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<CallRecord> byLinkedId(String linkedId) {
        return find("#CallRecord.byLinkedId", linkedId).firstResultOptional();
    }

    public static List<CallRecord> recent(PageRequest page) {
        return find("#CallRecord.recent").page(page.page(), page.size()).list();
    }

    public static List<CallRecord> callbacks(PageRequest page) {
        return find("#CallRecord.callbacks").page(page.page(), page.size()).list();
    }
}

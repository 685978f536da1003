package cn.hotline12345.workorder;

import cn.hotline12345.topic.Category;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import cn.hotline12345.unit.MemberUnit;

/** A work order (工单): what the hotline promised a citizen, from registration to closing. */
@Entity
@Table(name = "work_order")
@NamedQueries({
        @NamedQuery(name = "WorkOrder.withRelations", query = """
                from WorkOrder o join fetch o.category left join fetch o.leadUnit
                 left join fetch o.districtUnit left join fetch o.townUnit left join fetch o.mergedInto
                 where o.id = ?1""")
})
@DynamicUpdate // a save writes only what it changed: the IVR survey, set by a bulk update, survives it
public class WorkOrder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 20)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public WorkOrderType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    @Column(name = "caller_number", length = 32)
    public String callerNumber;

    @Column(name = "caller_name", length = 64)
    public String callerName;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(name = "callback_consent", nullable = false)
    public boolean callbackConsent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_unit_id")
    public MemberUnit districtUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "town_unit_id")
    public MemberUnit townUnit;

    @Column(length = 200)
    public String address;

    @Column(name = "citizen_text", nullable = false)
    public String citizenText;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public WorkOrderState state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    public MemberUnit leadUnit;

    @Column(name = "registered_by", nullable = false, length = 64)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** The answer given on the call when the hotline answered directly. */
    public String answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Satisfaction satisfaction;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** 督办: when a supervisor put the order under formal supervision, and why. */
    @Column(name = "supervised_at")
    public Instant supervisedAt;

    @Column(name = "supervision_note")
    public String supervisionNote;

    /** Set when this order was closed as a duplicate of another. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    public WorkOrder mergedInto;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The call (its Linkedid) the order was registered from, if any. */
    @Column(name = "call_linked_id", length = 64)
    public String callLinkedId;

    /** The caller's answer to the IVR survey after the call the order was registered from. */
    @Enumerated(EnumType.STRING)
    @Column(name = "call_survey", length = 24)
    public Satisfaction callSurvey;

    @Version
    public int version;

    public static WorkOrder findWithRelations(long id) {
        return find("#WorkOrder.withRelations", id).firstResult();
    }
}

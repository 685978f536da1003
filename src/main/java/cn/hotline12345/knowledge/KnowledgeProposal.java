package cn.hotline12345.knowledge;

import java.time.Instant;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member unit's proposed correction to one of its own entries, until an editor decides. */
@Entity
@Table(name = "knowledge_proposal")
@NamedQueries({
        @NamedQuery(name = "KnowledgeProposal.list", query = """
                from KnowledgeProposal where (?1 is null or state = ?1) and (?2 = 0L or unitId = ?2)
                 order by proposedAt desc, id desc"""),
        @NamedQuery(name = "KnowledgeProposal.ofEntry",
                query = "from KnowledgeProposal where entryId = ?1 order by proposedAt desc, id desc")
})
public class KnowledgeProposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public long entryId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(nullable = false, length = 4000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProposalState state;

    @Column(name = "proposed_by", nullable = false, length = 64)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    public String decisionNote;

    @Version
    public int version;
}

package cn.hotline12345.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "Entry N changed": written with the change, removed once the index reflects it. */
@Entity
@Table(name = "knowledge_outbox")
public class KnowledgeOutbox extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public long entryId;

    @Column(name = "enqueued_at", nullable = false)
    public Instant enqueuedAt;

    @Column(nullable = false)
    public int attempts;

    public static void enqueue(long entryId, Instant now) {
        KnowledgeOutbox row = new KnowledgeOutbox();
        row.entryId = entryId;
        row.enqueuedAt = now;
        row.persist();
    }
}

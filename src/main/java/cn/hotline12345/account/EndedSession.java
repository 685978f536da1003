package cn.hotline12345.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A session its owner ended by logging out: its cookie is refused on every instance. */
@Entity
@Table(name = "ended_session")
@NamedQueries({
        @NamedQuery(name = "EndedSession.forgetBefore", query = "delete from EndedSession where endedAt < ?1")
})
public class EndedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id", length = 32)
    public String sessionId;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    public static boolean isEnded(String sessionId) {
        return findById(sessionId) != null;
    }
}

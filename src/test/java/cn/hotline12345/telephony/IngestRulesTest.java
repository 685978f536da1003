package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What the event writer does with a failure, and how long a stored text may be; plain Java. */
class IngestRulesTest {

    @Test
    void aBatchRefusedForItsContentIsSplitButALostDatabaseIsWaitedFor() {
        assertThat(CallEventIngest.refusedForContent(new IllegalStateException("x",
                new SQLException("value too long", "22001")))).isTrue();
        assertThat(CallEventIngest.refusedForContent(new SQLException("duplicate", "23505"))).isTrue();
        assertThat(CallEventIngest.refusedForContent(new IllegalStateException("x",
                new SQLException("connection lost", "08006")))).isFalse();
        assertThat(CallEventIngest.refusedForContent(new RuntimeException("no SQL state"))).isFalse();
    }

    @Test
    void textsAreCutToWhatTheLedgerStores() {
        PbxEvent event = PbxEvent.of(PbxEventKind.QUEUE_JOIN, "l", "u", Instant.EPOCH)
                .withChannel("PJSIP/trunk-1", "1".repeat(80)).withQueue("q", "8".repeat(40), null).fitted();
        assertThat(event.callerNumber()).hasSize(32);
        assertThat(event.memberName()).hasSize(16);
        assertThat(event.channel()).isEqualTo("PJSIP/trunk-1");
    }

    @Test
    void aLineIsAnAmiHeaderOrGarbled() {
        assertThat(CheckedAmiConnection.wellFormed("Event: QueueCallerJoin")).isTrue();
        assertThat(CheckedAmiConnection.wellFormed("AccountCode: ")).isTrue();
        assertThat(CheckedAmiConnection.wellFormed("Event:")).isTrue();
        assertThat(CheckedAmiConnection.wellFormed("ChanVariable(Local/12345@x-1;2): SIM_TALK=3")).isTrue();
        assertThat(CheckedAmiConnection.wellFormed("this line is not an AMI header")).isFalse();
        assertThat(CheckedAmiConnection.wellFormed("\u0000\u0007 garbage")).isFalse();
        assertThat(CheckedAmiConnection.wellFormed("Event:Hangup")).isFalse();
    }
}

package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The AMI leadership on the real PostgreSQL, between two holders as two instances would be (on a
 * key of their own, so the running adapter is not disturbed): one at a time, and when the holder's
 * database session dies (its backend is terminated, as when its process is killed) the other takes
 * over at its next try.
 */
@QuarkusTest
class LeaderLockTest {

    private static final long KEY = 0x3132333435544553L;

    @Inject
    DataSource dataSource;

    @Test
    void oneHolderAtATimeAndATakeoverWhenTheHolderDies() throws Exception {
        LeaderLock first = new LeaderLock(dataSource, KEY);
        LeaderLock second = new LeaderLock(dataSource, KEY);
        try {
            assertThat(first.hold()).isTrue();
            assertThat(second.hold()).isFalse();
            assertThat(first.hold()).as("the holder keeps it").isTrue();
            terminateHolder();
            assertThat(second.hold()).as("the other instance takes over").isTrue();
            assertThat(first.hold()).as("the old holder knows it lost it").isFalse();
        } finally {
            first.release();
            second.release();
        }
    }

    /** Ends the database session that holds the lock, as the death of its process would. */
    private void terminateHolder() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select pg_terminate_backend(pid) from pg_locks "
                    + "where locktype = 'advisory' and granted and ((classid::bigint << 32) | objid::bigint) = " + KEY)) {
                assertThat(rows.next()).as("a session holds the lock").isTrue();
            }
        }
        Thread.sleep(200);
    }
}

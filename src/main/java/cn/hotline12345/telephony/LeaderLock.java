package cn.hotline12345.telephony;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Leadership among app instances for one job, held as a PostgreSQL session advisory lock on a
 * connection of its own: when the holder dies its connection closes, the lock is released, and
 * another instance takes it at its next try.
 */
final class LeaderLock {

    private static final Logger LOG = Logger.getLogger(LeaderLock.class);

    private final DataSource dataSource;
    private final long key;
    private Connection connection;

    LeaderLock(DataSource dataSource, long key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    /** True while this instance holds the lock; tries to take it when it does not. */
    synchronized boolean hold() {
        if (connection != null) {
            try {
                if (connection.isValid(2)) {
                    return true;
                }
            } catch (SQLException e) {
                // handled below: the lock went with the connection
            }
            LOG.warn("the connection holding the telephony leadership is gone");
            release();
        }
        Connection candidate = null;
        try {
            candidate = dataSource.getConnection();
            try (PreparedStatement lock = candidate.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet row = lock.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        connection = candidate;
                        candidate = null;
                        return true;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warnf("cannot try the telephony leadership: %s", e.getMessage());
        } finally {
            closeQuietly(candidate);
        }
        return false;
    }

    private static void closeQuietly(Connection candidate) {
        if (candidate != null) {
            try {
                candidate.close();
            } catch (SQLException e) {
                // back to the pool or gone: either way not ours
            }
        }
    }

    synchronized void release() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            // a dead connection has released it already
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to release
        }
        connection = null;
    }
}

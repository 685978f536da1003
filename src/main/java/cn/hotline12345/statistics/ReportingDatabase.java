package cn.hotline12345.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;
import io.quarkus.agroal.DataSource;

/**
 * Where reports read: the reporting datasource (a streaming standby of PostgreSQL in production,
 * so month-end reports do not load the primary), or the primary when no standby is configured or
 * the standby cannot be reached. A failed standby is left alone for a pause, then tried again.
 * Reads only: every connection is read-only, and a standby refuses writes anyway.
 */
@ApplicationScoped
public class ReportingDatabase {

    private static final Logger LOG = Logger.getLogger(ReportingDatabase.class);

    /** Where a report was read, as the API tells it. */
    public enum Source {
        PRIMARY, STANDBY
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource("reporting")
    AgroalDataSource reporting;

    @Inject
    StatisticsConfig config;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String primaryUrl;

    @ConfigProperty(name = "quarkus.datasource.reporting.jdbc.url")
    String reportingUrl;

    private volatile Instant standbyRetryAt = Instant.MIN;

    /** Whether a standby of its own is configured (otherwise the reporting datasource is the primary). */
    public boolean hasStandby() {
        return !Objects.equals(primaryUrl, reportingUrl);
    }

    /** Where the next report will be read. */
    public Source source() {
        return hasStandby() && !clock.instant().isBefore(standbyRetryAt) ? Source.STANDBY : Source.PRIMARY;
    }

    public <T> Result<T> list(String sql, Map<String, ?> parameters, Rows<T> rows) {
        NamedSql statement = NamedSql.of(sql, parameters);
        if (source() == Source.STANDBY) {
            try (Connection standby = reporting.getConnection()) {
                return new Result<>(run(standby, statement, rows), Source.STANDBY);
            } catch (SQLException e) {
                if (!lostStandby(e)) {
                    throw refused(e);
                }
                standbyRetryAt = clock.instant().plus(config.standbyRetryAfter());
                LOG.warnf("reporting standby unreachable, reports read the primary for %s: %s",
                        config.standbyRetryAfter(), e.getMessage());
            }
        }
        // Without a standby the reporting pool itself reaches the primary, outside any transaction.
        try (Connection connection = hasStandby() ? primary.getConnection() : reporting.getConnection()) {
            return new Result<>(run(connection, statement, rows), Source.PRIMARY);
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    /** The rows of a report and where they were read. */
    public record Result<T>(List<T> rows, Source source) {
    }

    /**
     * The standby is away (SQL state class 08, or it is shutting down: 57P) or could not run the
     * statement while replaying (40001, a recovery conflict): the primary answers instead. A full
     * pool or a statement that ran too long says nothing about the standby.
     */
    private static boolean lostStandby(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("40001"));
    }

    /** Too many reports at once, or one that ran out of its time: 503 for the reader; anything else is ours. */
    private static RuntimeException refused(SQLException e) {
        String state = e.getSQLState();
        if (state == null || state.equals("57014") || state.startsWith("08") || state.startsWith("53")) {
            return new DomainException(ProblemType.SERVICE_UNAVAILABLE, "statistics.busy");
        }
        return new IllegalStateException("report query failed: " + e.getMessage(), e);
    }

    private static <T> List<T> run(Connection connection, NamedSql statement, Rows<T> rows) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(statement.jdbcText())) {
            List<Object> values = statement.values();
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, jdbcValue(connection, values.get(i)));
            }
            try (ResultSet result = query.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (result.next()) {
                    out.add(rows.read(result));
                }
                return out;
            }
        }
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> ids) {
            return connection.createArrayOf("bigint", ids.toArray());
        }
        return value;
    }
}

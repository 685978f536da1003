package cn.hotline12345.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One member unit's figures for a period: the raw material of the assessment. Each count is
 * defined in docs/metrics.md ("Member units"), with the timestamp that places it in the period.
 */
public record UnitFigures(long dispatched, long coDispatched, long signedOnTime, long replied, long repliedOnTime,
        long overdueOpen, long returned, long sentBack, long reviewed, long urged, long supervised, long extended,
        long calledBack, long satisfied, long basicallySatisfied, long dissatisfied, long unreachable) {

    /** The result columns, in the order of the record's components. */
    static final List<String> COLUMNS = List.of("dispatched", "co_dispatched", "signed_on_time", "replied",
            "replied_on_time", "overdue_open", "returned", "sent_back", "reviewed", "urged", "supervised", "extended",
            "called_back", "satisfied", "basically_satisfied", "dissatisfied", "unreachable");

    public static final UnitFigures NONE = new UnitFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static UnitFigures read(ResultSet row) throws SQLException {
        long[] v = new long[COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.getLong(COLUMNS.get(i));
        }
        return of(v);
    }

    private static UnitFigures of(long[] v) {
        return new UnitFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16]);
    }

    long[] values() {
        return new long[] {dispatched, coDispatched, signedOnTime, replied, repliedOnTime, overdueOpen, returned,
                sentBack, reviewed, urged, supervised, extended, calledBack, satisfied, basicallySatisfied,
                dissatisfied, unreachable};
    }

    public UnitFigures plus(UnitFigures other) {
        long[] a = values();
        long[] b = other.values();
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return of(a);
    }

    /** Whether anything at all was counted. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        for (long value : values()) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    /** 及时签收率: dispatches signed for by the sign-for deadline, of those dispatched. */
    @JsonProperty
    public Double signedOnTimeRate() {
        return Rates.of(signedOnTime, dispatched);
    }

    /** 按时答复率: replies made by the deadline in force, of the replies made. */
    @JsonProperty
    public Double repliedOnTimeRate() {
        return Rates.of(repliedOnTime, replied);
    }

    /** 回退率: returns, of the dispatches made. */
    @JsonProperty
    public Double returnRate() {
        return Rates.of(returned, dispatched);
    }

    /** 重办率: replies sent back to be redone, of the replies made. */
    @JsonProperty
    public Double sentBackRate() {
        return Rates.of(sentBack, replied);
    }

    /** 回访率: callbacks, of the replies the hotline accepted. */
    @JsonProperty
    public Double callbackRate() {
        return Rates.of(calledBack, reviewed);
    }

    /** 满意率: satisfied and basically satisfied, of the citizens reached at the callback. */
    @JsonProperty
    public Double satisfactionRate() {
        return Rates.of(satisfiedOrBasically(), reached());
    }

    /** 满意 and 基本满意 together: what the satisfaction rate counts as satisfied. */
    public long satisfiedOrBasically() {
        return satisfied + basicallySatisfied;
    }

    /** Citizens reached at the callback: every verdict but 联系不上. */
    public long reached() {
        return satisfied + basicallySatisfied + dissatisfied;
    }
}

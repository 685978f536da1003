package cn.hotline12345.statistics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The calls of a period, from the call records (docs/metrics.md, "Calls"): every call placed in
 * the period by the moment it reached the hotline.
 */
public record CallFigures(long received, long offered, long answered, long abandoned, long answeredWithin15s,
        long waitSeconds, long talkSeconds, long waitedCalls, long talkedCalls, long abandonedCalledBack,
        long calledBackWithin1h,
        long callbackDelaySeconds, long surveyed, long surveySatisfied, long surveyBasicallySatisfied,
        long surveyDissatisfied, List<Hour> byHour, List<Day> byDay) {

    /** GB/T 33358: a call should be answered within 15 seconds. */
    public static final int SERVICE_LEVEL_SECONDS = 15;

    public record Hour(int hour, long offered, long answered, long abandoned, long answeredWithin15s) {
    }

    public record Day(LocalDate day, long offered, long answered, long abandoned) {
    }

    /** 接通率: calls answered by an agent, of those that reached the agents' queues. */
    @JsonProperty
    public Double answerRate() {
        return Rates.of(answered, offered);
    }

    /** 15 秒接通率: calls answered within 15 seconds of joining the queue, of those that reached it. */
    @JsonProperty
    public Double serviceLevel() {
        return Rates.of(answeredWithin15s, offered);
    }

    @JsonProperty
    public Double abandonRate() {
        return Rates.of(abandoned, offered);
    }

    /**
     * Seconds an answered caller waited in the queue, on average over the answered calls whose wait
     * is known (a call recovered from the PBX's CDRs may lack it).
     */
    @JsonProperty
    public Double averageWaitSeconds() {
        return average(waitSeconds, waitedCalls);
    }

    @JsonProperty
    public Double averageTalkSeconds() {
        return average(talkSeconds, talkedCalls);
    }

    /** 漏接回拨率: abandoned calls an agent called back, of the abandoned calls. */
    @JsonProperty
    public Double callbackRate() {
        return Rates.of(abandonedCalledBack, abandoned);
    }

    /** Minutes from the end of an abandoned call to its callback, on average over those called back. */
    @JsonProperty
    public Double averageCallbackMinutes() {
        Double seconds = average(callbackDelaySeconds, abandonedCalledBack);
        return seconds == null ? null : Math.round(seconds / 6.0) / 10.0;
    }

    /** IVR survey: satisfied and basically satisfied, of the callers who answered it. */
    @JsonProperty
    public Double surveySatisfactionRate() {
        return Rates.of(surveySatisfied + surveyBasicallySatisfied, surveyed);
    }

    private static Double average(long total, long count) {
        return count == 0 ? null : Math.round(total * 10.0 / count) / 10.0;
    }

    static final String SQL = """
            select grouping(c.hour) as by_hour, grouping(c.day) as by_day, c.hour, c.day,
                   count(*) as received,
                   count(*) filter (where c.enqueued_at is not null) as offered,
                   count(*) filter (where c.enqueued_at is not null and c.answered_at is not null) as answered,
                   count(*) filter (where c.abandoned) as abandoned,
                   count(*) filter (where c.enqueued_at is not null and c.answered_at is not null
                                      and c.wait_seconds <= 15) as answered_within_15s,
                   coalesce(sum(c.wait_seconds) filter (where c.enqueued_at is not null and c.answered_at is not null), 0)
                       as wait_seconds,
                   coalesce(sum(c.talk_seconds) filter (where c.enqueued_at is not null and c.answered_at is not null), 0)
                       as talk_seconds,
                   count(c.wait_seconds) filter (where c.enqueued_at is not null and c.answered_at is not null)
                       as waited_calls,
                   count(c.talk_seconds) filter (where c.enqueued_at is not null and c.answered_at is not null)
                       as talked_calls,
                   count(*) filter (where c.abandoned and c.callback_at is not null) as called_back,
                   count(*) filter (where c.abandoned and c.callback_at <= coalesce(c.ended_at, c.started_at)
                                      + interval '1 hour') as called_back_1h,
                   coalesce(sum(greatest(0, extract(epoch from c.callback_at - coalesce(c.ended_at, c.started_at))))
                       filter (where c.abandoned and c.callback_at is not null), 0)::bigint as callback_delay,
                   count(*) filter (where c.survey is not null) as surveyed,
                   count(*) filter (where c.survey = 'SATISFIED') as survey_satisfied,
                   count(*) filter (where c.survey = 'BASICALLY_SATISFIED') as survey_basically,
                   count(*) filter (where c.survey = 'DISSATISFIED') as survey_dissatisfied
              from (select r.*, extract(hour from r.started_at at time zone :zone)::int as hour,
                           (r.started_at at time zone :zone)::date as day
                      from call_record r where r.started_at >= :start and r.started_at < :end) c
             group by grouping sets ((), (c.hour), (c.day))""";
}

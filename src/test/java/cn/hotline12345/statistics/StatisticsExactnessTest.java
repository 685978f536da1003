package cn.hotline12345.statistics;

import static cn.hotline12345.testing.WorkOrders.HANDLER2_UNIT;
import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.step;
import static cn.hotline12345.testing.WorkOrders.unitId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.TestClock;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/**
 * A month with known outcomes, made through the real rules with the clock pinned to each step's
 * time: every unit and call figure the API answers equals the count this test keeps of what it
 * did. June 2025 is a month no other test touches.
 */
@QuarkusTest
class StatisticsExactnessTest {

    private static final String U1 = HANDLER_UNIT;
    private static final String U2 = HANDLER2_UNIT;
    private static final List<String> COUNTS = List.of("dispatched", "coDispatched", "signedOnTime", "replied",
            "repliedOnTime", "overdueOpen", "returned", "sentBack", "reviewed", "urged", "supervised", "extended",
            "calledBack", "satisfied", "basicallySatisfied", "dissatisfied", "unreachable");

    /** month|unit → figure → what this test did that the figure must count. */
    private static final Map<String, Map<String, Long>> EXPECTED = new TreeMap<>();
    private static boolean made;

    @AfterEach
    void unpin() {
        TestClock.unpin();
    }

    @Test
    void everyUnitFigureOfTheMonthEqualsWhatHappened() {
        makeTheMonth();
        for (String month : List.of("2025-05", "2025-06", "2025-07")) {
            JsonPath table = units(month, Map.of());
            for (String unit : List.of(U1, U2)) {
                Map<String, Long> expected = EXPECTED.getOrDefault(month + "|" + unit, Map.of());
                Map<String, Object> row = row(table, unit);
                for (String figure : COUNTS) {
                    long actual = row == null ? 0 : ((Number) row.get(figure)).longValue();
                    assertThat(actual).as("%s %s %s", month, unit, figure).isEqualTo(expected.getOrDefault(figure, 0L));
                }
            }
        }
        Map<String, Object> u1 = row(units("2025-06", Map.of()), U1);
        assertThat(u1.get("repliedOnTimeRate")).isEqualTo(0.875f); // 7 of 8 replies
        assertThat(u1.get("signedOnTimeRate")).isEqualTo(0.6667f); // 6 of 9 dispatches
        assertThat(u1.get("satisfactionRate")).isEqualTo(0.5f); // 1 satisfied of 2 reached (one unreachable)
        assertThat(u1.get("group")).isEqualTo("CITY_DEPARTMENT");

        // 环比 and 同比 of the unit table: May 2025 (S9 only) and June 2024 (nothing)
        JsonPath compared = Api.as("manager").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .queryParam("compare", "true").when().get("/api/statistics/units").then().statusCode(200).extract()
                .jsonPath();
        assertThat(compared.getString("previousPeriod.from")).isEqualTo("2025-05-01");
        assertThat(compared.getString("lastYearPeriod.to")).isEqualTo("2024-06-30");
        assertThat(compared.getLong("previousTotals.dispatched")).isEqualTo(EXPECTED.get("2025-05|" + U1).get("dispatched"));
        assertThat(compared.getLong("lastYearTotals.dispatched")).isZero();
        long u1Id = unitId(U1);
        assertThat(compared.getLong("comparisons.find { it.unitId == " + u1Id + " }.previous.signedOnTime"))
                .isEqualTo(EXPECTED.get("2025-05|" + U1).get("signedOnTime"));
    }

    @Test
    void aScopeCountsOnlyTheOrdersAndUnitsItNames() {
        makeTheMonth();
        long nanhai = unitId("440605-G000");
        Map<String, Object> u1 = row(units("2025-06", Map.of("districtUnitId", nanhai)), U1);
        // The one order placed in Chancheng is left out: one dispatch, sign-for and reply fewer.
        Map<String, Long> all = EXPECTED.get("2025-06|" + U1);
        assertThat(((Number) u1.get("dispatched")).longValue()).isEqualTo(all.get("dispatched") - 1);
        assertThat(((Number) u1.get("replied")).longValue()).isEqualTo(all.get("replied") - 1);
        JsonPath towns = units("2025-06", Map.of("group", "TOWN_STREET"));
        assertThat(towns.getList("rows.unitCode")).containsExactly(U2);
        JsonPath one = units("2025-06", Map.of("unitId", unitId(U2)));
        assertThat(one.getList("rows.unitCode")).containsExactly(U2);
        assertThat(one.getLong("totals.dispatched")).isEqualTo(EXPECTED.get("2025-06|" + U2).get("dispatched"));
    }

    @Test
    void callFiguresEqualTheCallsOfTheMonth() {
        makeTheMonth();
        JsonPath calls = Api.as("manager").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .when().get("/api/statistics/calls").then().statusCode(200).extract().jsonPath();
        assertThat(calls.getLong("current.received")).isEqualTo(7);
        assertThat(calls.getLong("current.offered")).isEqualTo(6);
        assertThat(calls.getLong("current.answered")).isEqualTo(3);
        assertThat(calls.getLong("current.abandoned")).isEqualTo(3);
        assertThat(calls.getLong("current.answeredWithin15s")).isEqualTo(2);
        assertThat(calls.getDouble("current.answerRate")).isEqualTo(0.5);
        assertThat(calls.getDouble("current.serviceLevel")).isEqualTo(0.3333);
        assertThat(calls.getDouble("current.averageWaitSeconds")).isEqualTo(20.0);
        assertThat(calls.getDouble("current.averageTalkSeconds")).isEqualTo(120.0);
        assertThat(calls.getLong("current.abandonedCalledBack")).isEqualTo(2);
        assertThat(calls.getLong("current.calledBackWithin1h")).isEqualTo(1);
        assertThat(calls.getDouble("current.averageCallbackMinutes")).isEqualTo(100.0);
        assertThat(calls.getLong("current.surveyed")).isEqualTo(3);
        assertThat(calls.getDouble("current.surveySatisfactionRate")).isEqualTo(0.6667);
        // by hour of day (Asia/Shanghai): 09 has two offered calls, both answered within 15 s
        assertThat(calls.getLong("current.byHour[9].offered")).isEqualTo(2);
        assertThat(calls.getLong("current.byHour[9].answeredWithin15s")).isEqualTo(2);
        assertThat(calls.getLong("current.byHour[14].answeredWithin15s")).isZero();
        assertThat(calls.getLong("current.byHour[20].abandoned")).isEqualTo(1);
        // 环比 is May 2025 (one call), 同比 June 2024 (none)
        assertThat(calls.getString("previousPeriod.from")).isEqualTo("2025-05-01");
        assertThat(calls.getLong("previous.received")).isEqualTo(1);
        assertThat(calls.getString("lastYearPeriod.to")).isEqualTo("2024-06-30");
        assertThat(calls.getLong("lastYear.received")).isZero();
    }

    @Test
    void orderFiguresEqualTheOrdersOfTheMonth() {
        makeTheMonth();
        JsonPath orders = Api.as("supervisor").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .when().get("/api/statistics/orders").then().statusCode(200).extract().jsonPath();
        assertThat(orders.getLong("current.registered")).isEqualTo(10);
        assertThat(orders.getLong("current.answeredDirectly")).isEqualTo(1);
        assertThat(orders.getDouble("current.directRate")).isEqualTo(0.1);
        assertThat(orders.getLong("current.dispatched")).isEqualTo(9);
        assertThat(orders.getLong("current.closed")).isEqualTo(5);
        // open when June ended: S5, S6, S8, S10 (replied), S7 (signed), S9 (signed, from May)
        assertThat(orders.getLong("current.openAtEnd")).isEqualTo(6);
        assertThat(orders.getList("current.byChannel.key")).containsExactly("PHONE", "WEB");
        assertThat(orders.getList("current.byChannel.count", Integer.class)).containsExactly(9, 1);
        assertThat(orders.getList("current.byDistrict.code")).containsExactly("440605-G000", "440604-G000");
        assertThat(orders.getList("current.byCategory.code")).containsExactly("SI");
        assertThat(orders.getLong("previous.registered")).isEqualTo(1); // S9, on 31 May
    }

    @Test
    void badPeriodsAreRefusedNamingTheParameterAndUnitsMayNotReadTheCityFigures() {
        Api.as("manager").queryParam("from", "2025-06-30").queryParam("to", "2025-06-01")
                .when().get("/api/statistics/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hotline12345:problem:bad-parameter"))
                .body("errors[0].field", equalTo("to"));
        Api.as("manager").queryParam("to", "2025-06-01").when().get("/api/statistics/calls").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as("manager").queryParam("from", "2025-6-1").queryParam("to", "2025-06-30")
                .when().get("/api/statistics/orders").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.as("manager").queryParam("from", "2020-01-01").queryParam("to", "2025-06-30")
                .when().get("/api/statistics/orders").then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as("manager").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30").queryParam("group", "X")
                .when().get("/api/statistics/units").then().statusCode(400).body("errors[0].field", equalTo("group"));
        Api.as("manager").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30").queryParam("unitId", "999999")
                .when().get("/api/statistics/units").then().spec(Problems.refused(ProblemType.NOT_FOUND));
        Api.as("handler").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .when().get("/api/statistics/units").then().statusCode(403)
                .body("type", equalTo("urn:hotline12345:problem:forbidden"));
        Api.as("agent").queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .when().get("/api/statistics/calls").then().spec(Problems.refused(ProblemType.FORBIDDEN));
    }

    // --- the month ------------------------------------------------------------------------------

    private static synchronized void makeTheMonth() {
        if (made) {
            return;
        }
        try {
            scenarios();
            calls();
        } finally {
            TestClock.unpin();
        }
        made = true;
    }

    private static void scenarios() {
        long u1 = unitId(U1);
        long u2 = unitId(U2);

        // S1 on time throughout, citizen satisfied, closed
        long s1 = dispatched("2025-06-02T09:00", u1, List.of());
        act("2025-06-02T09:30", "handler", s1, "sign", Map.of());
        reply("2025-06-02T20:00", "handler", s1);
        act("2025-06-03T09:00", "supervisor", s1, "accept", Map.of());
        act("2025-06-03T10:00", "agent", s1, "callback", Map.of("satisfaction", "SATISFIED"));
        act("2025-06-03T11:00", "supervisor", s1, "close", Map.of());
        expect("2025-06", U1, "dispatched", "signedOnTime", "replied", "repliedOnTime", "reviewed", "calledBack",
                "satisfied");

        // S2 signed for late (after 2 h), replied late (after 22 h), citizen dissatisfied
        long s2 = dispatched("2025-06-04T09:00", u1, List.of());
        act("2025-06-04T12:00", "handler", s2, "sign", Map.of());
        reply("2025-06-05T09:00", "handler", s2);
        act("2025-06-05T10:00", "supervisor", s2, "accept", Map.of());
        act("2025-06-05T11:00", "agent", s2, "callback", Map.of("satisfaction", "DISSATISFIED"));
        act("2025-06-05T12:00", "supervisor", s2, "close", Map.of());
        expect("2025-06", U1, "dispatched", "replied", "reviewed", "calledBack", "dissatisfied");

        // S3 returned by U1 before signing, dispatched again to U2, which does everything on time
        long s3 = dispatched("2025-06-06T09:00", u1, List.of());
        act("2025-06-06T10:00", "handler", s3, "return", Map.of("reason", "不属于本单位职责"));
        act("2025-06-06T11:00", "agent", s3, "dispatch", Map.of("leadUnitId", u2));
        act("2025-06-06T11:30", "handler2", s3, "sign", Map.of());
        reply("2025-06-06T18:00", "handler2", s3);
        act("2025-06-07T09:00", "supervisor", s3, "accept", Map.of());
        act("2025-06-07T10:00", "agent", s3, "callback", Map.of("satisfaction", "BASICALLY_SATISFIED"));
        act("2025-06-07T11:00", "supervisor", s3, "close", Map.of());
        expect("2025-06", U1, "dispatched", "returned");
        expect("2025-06", U2, "dispatched", "signedOnTime", "replied", "repliedOnTime", "reviewed", "calledBack",
                "basicallySatisfied");

        // S4 sent back after the first reply, redone on time; the citizen cannot be reached
        long s4 = dispatched("2025-06-08T09:00", u1, List.of());
        act("2025-06-08T09:10", "handler", s4, "sign", Map.of());
        reply("2025-06-08T15:00", "handler", s4);
        act("2025-06-08T16:00", "supervisor", s4, "send-back", Map.of("reason", "答复未说明办理时限"));
        reply("2025-06-09T10:00", "handler", s4);
        act("2025-06-09T11:00", "supervisor", s4, "accept", Map.of());
        act("2025-06-09T12:00", "agent", s4, "callback", Map.of("satisfaction", "UNREACHABLE"));
        act("2025-06-09T13:00", "supervisor", s4, "close", Map.of());
        expect("2025-06", U1, "dispatched", "signedOnTime", "replied", "repliedOnTime", "sentBack", "replied",
                "repliedOnTime", "reviewed", "calledBack", "unreachable");

        // S5 extended by two days: a reply after the original 22 hours is on time
        long s5 = dispatched("2025-06-10T09:00", u1, List.of());
        act("2025-06-10T09:30", "handler", s5, "sign", Map.of());
        Instant extendedTo = LocalDateTime.parse("2025-06-12T09:00").atZone(TestClock.SHANGHAI).toInstant();
        JsonPath asked = act("2025-06-10T10:00", "handler", s5, "extension",
                Map.of("replyDueAt", extendedTo.toString(), "reason", "需要现场勘查"));
        act("2025-06-10T11:00", "supervisor", s5, "extension/decision",
                Map.of("requestId", pendingRequest(asked), "approve", true));
        reply("2025-06-11T15:00", "handler", s5);
        expect("2025-06", U1, "dispatched", "signedOnTime", "extended", "replied", "repliedOnTime");

        // S6 paused for 10 hours: the deadline moves on by that much, the reply is on time
        long s6 = dispatched("2025-06-12T09:00", u1, List.of());
        act("2025-06-12T09:20", "handler", s6, "sign", Map.of());
        JsonPath pause = act("2025-06-12T10:00", "handler", s6, "pause", Map.of("reason", "等待市民补充材料"));
        act("2025-06-12T10:30", "supervisor", s6, "pause/decision", Map.of("requestId", pendingRequest(pause),
                "approve", true));
        act("2025-06-12T20:30", "agent", s6, "resume", Map.of());
        reply("2025-06-13T16:00", "handler", s6);
        expect("2025-06", U1, "dispatched", "signedOnTime", "replied", "repliedOnTime");

        // S7 with U2 as co-unit; still open and past its deadline when June ends, replied late in July
        long s7 = dispatched("2025-06-29T09:00", u1, List.of(u2));
        act("2025-06-29T09:30", "handler", s7, "sign", Map.of());
        expect("2025-06", U1, "dispatched", "signedOnTime", "overdueOpen");
        expect("2025-06", U2, "coDispatched");
        reply("2025-07-02T10:00", "handler", s7);
        expect("2025-07", U1, "replied");

        // S8 urged twice and put under supervision, signed for late, replied on time
        long s8 = dispatched("2025-06-15T09:00", u1, List.of());
        act("2025-06-15T12:00", "agent", s8, "urge", Map.of());
        act("2025-06-15T14:00", "agent", s8, "urge", Map.of());
        act("2025-06-15T15:00", "supervisor", s8, "supervise", Map.of("note", "群众多次反映，列入督办"));
        act("2025-06-15T16:00", "handler", s8, "sign", Map.of());
        reply("2025-06-15T20:00", "handler", s8);
        expect("2025-06", U1, "dispatched", "urged", "urged", "supervised", "replied", "repliedOnTime");

        // S9 dispatched on 31 May, due on 1 June: overdue when June ends, not yet when May ended
        long s9 = dispatched("2025-05-31T10:00", u1, List.of());
        act("2025-05-31T11:00", "handler", s9, "sign", Map.of());
        expect("2025-05", U1, "dispatched", "signedOnTime");
        expect("2025-06", U1, "overdueOpen");
        reply("2025-07-03T09:00", "handler", s9);
        expect("2025-07", U1, "replied");

        // S10 in another district (Chancheng), on time
        TestClock.pinShanghai("2025-06-20T09:00");
        long s10 = WorkOrders.registerWith("SI01", "440604-G000", "13900139000", "禅城区社保卡补办进度咨询");
        act("2025-06-20T09:00", "agent", s10, "dispatch", Map.of("leadUnitId", u1));
        act("2025-06-20T09:10", "handler", s10, "sign", Map.of());
        reply("2025-06-20T12:00", "handler", s10);
        expect("2025-06", U1, "dispatched", "signedOnTime", "replied", "repliedOnTime");

        // D1 answered on the call, by the web channel: no unit figure
        TestClock.pinShanghai("2025-06-21T10:00");
        Map<String, Object> web = new HashMap<>();
        web.put("channel", "WEB");
        web.put("type", "CONSULTATION");
        web.put("categoryId", WorkOrders.categoryId("SI01"));
        web.put("districtUnitId", unitId("440605-G000"));
        web.put("citizenText", "网上咨询社保卡挂失");
        web.put("summary", "网上咨询社保卡挂失");
        long d1 = Api.as("agent").body(web).when().post("/api/work-orders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        act("2025-06-21T10:05", "agent", d1, "answer", Map.of("answer", "可在粤省事小程序挂失"));
    }

    /** Calls straight into call_record: how the PBX's events fold into records is CallRecordsTest's. */
    private static void calls() {
        List<String> rows = new ArrayList<>();
        // linked id, start (Shanghai), enqueued?, wait, answered?, talk, abandoned, callback after end (min), survey
        rows.add(call("C1", "2025-06-03T09:10", true, 5, true, 100, false, null, "SATISFIED"));
        rows.add(call("C2", "2025-06-03T09:40", true, 15, true, 60, false, null, "BASICALLY_SATISFIED"));
        rows.add(call("C3", "2025-06-04T14:00", true, 40, true, 200, false, null, "DISSATISFIED"));
        rows.add(call("C4", "2025-06-05T20:00", true, 30, false, 0, true, 20, null));
        rows.add(call("C5", "2025-06-06T11:00", true, 50, false, 0, true, 180, null));
        rows.add(call("C6", "2025-06-07T12:00", true, 10, false, 0, true, null, null));
        rows.add(call("C7", "2025-06-08T13:00", false, 0, false, 0, false, null, null));
        rows.add(call("C0", "2025-05-20T10:00", true, 3, true, 30, false, null, null));
        for (String insert : rows) {
            Db.execute(insert);
        }
    }

    private static String call(String id, String start, boolean enqueued, int wait, boolean answered, int talk,
            boolean abandoned, Integer callbackMinutes, String survey) {
        String at = "timestamptz '" + start.replace('T', ' ') + "+08'";
        String enqueuedAt = enqueued ? at + " + interval '10 seconds'" : "null";
        String answeredAt = answered ? at + " + interval '" + (10 + wait) + " seconds'" : "null";
        int length = 10 + wait + talk + 5;
        String endedAt = at + " + interval '" + length + " seconds'";
        String callbackAt = callbackMinutes == null ? "null" : endedAt + " + interval '" + callbackMinutes + " minutes'";
        return """
                insert into call_record (linked_id, caller_number, queue, state, started_at, enqueued_at, answered_at,
                    ended_at, wait_seconds, talk_seconds, abandoned, callback_at, survey)
                values ('exactness-%s', '13800000000', %s, 'ENDED', %s, %s, %s, %s, %s, %s, %s, %s, %s)"""
                .formatted(id, enqueued ? "'hotline-general'" : "null", at, enqueuedAt, answeredAt, endedAt,
                        enqueued ? wait : "null", answered ? talk : "null", abandoned, callbackAt,
                        survey == null ? "null" : "'" + survey + "'");
    }

    // --- steps at chosen times --------------------------------------------------------------------

    private static long dispatched(String at, long leadUnitId, List<Long> coUnitIds) {
        TestClock.pinShanghai(at);
        long id = WorkOrders.register("统计核对工单 " + at).getLong("id");
        act(at, "agent", id, "dispatch", Map.of("leadUnitId", leadUnitId, "coUnitIds", coUnitIds));
        return id;
    }

    private static JsonPath act(String at, String user, long id, String action, Map<String, Object> body) {
        TestClock.pinShanghai(at);
        return step(user, id, action, body, 200);
    }

    private static void reply(String at, String user, long id) {
        act(at, user, id, "reply", Map.of("text", "已核实并处理，已电话告知市民。", "outcome", "RESOLVED"));
    }

    private static long pendingRequest(JsonPath order) {
        return order.getLong("requests.find { it.state == 'PENDING' }.id");
    }

    private static void expect(String month, String unit, String... figures) {
        Map<String, Long> counts = EXPECTED.computeIfAbsent(month + "|" + unit, key -> new HashMap<>());
        for (String figure : figures) {
            counts.merge(figure, 1L, Long::sum);
        }
    }

    private static JsonPath units(String month, Map<String, Object> scope) {
        java.time.YearMonth ym = java.time.YearMonth.parse(month);
        return Api.as("manager").queryParam("from", ym.atDay(1).toString()).queryParam("to", ym.atEndOfMonth().toString())
                .queryParams(scope).when().get("/api/statistics/units").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath table, String unitCode) {
        List<Map<String, Object>> rows = table.getList("rows");
        return rows.stream().filter(row -> unitCode.equals(row.get("unitCode"))).findFirst().orElse(null);
    }
}

package cn.hotline12345.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.TestClock;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Administrators keep each year's holidays over the API and the pages; the calendar follows at once. */
@QuarkusTest
class HolidayCalendarTest {

    @Inject
    HolidayCalendar calendar;

    private static Map<String, Object> day(String date, String kind, String name) {
        return Map.of("date", date, "kind", kind, "name", name);
    }

    @Test
    void the2026AnnouncementShipsWithTheDatabase() {
        JsonPath year = Api.as("agent").when().get("/api/holidays/2026").then().statusCode(200).extract().jsonPath();
        assertThat(year.getList("days.date")).contains("2026-02-16", "2026-10-01");
        assertThat(year.getLong("workdays")).isEqualTo(6);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("a make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-02"))).isTrue();
        assertThat(calendar.knows(2026)).isTrue();
    }

    @Test
    void anAdministratorEntersAYearAndTwoEditsDoNotCrossUnseen() {
        int year = 2031;
        Api.as("agent").body(Map.of("days", List.of(day("2031-01-01", "HOLIDAY", "元旦")))).when()
                .put("/api/holidays/" + year).then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Response bad = Api.as("admin").body(Map.of("days", List.of(day("2031-01-06", "WORKDAY", "周一"),
                day("2030-12-31", "HOLIDAY", "跨年")))).when().put("/api/holidays/" + year);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.jsonPath().getList("errors.field")).containsExactly("days[0].kind", "days[1].date");
        Api.as("admin").when().get("/api/holidays/" + year).then().spec(Problems.refused(ProblemType.NOT_FOUND));
        assertThat(calendar.knows(year)).isFalse();

        long audited = Db.count("select count(*) from audit_event where entity_type = 'holiday_year'");
        JsonPath created = Api.as("admin").body(Map.of("days", List.of(day("2031-01-01", "HOLIDAY", "元旦"),
                day("2031-01-04", "WORKDAY", "元旦调休上班")))).when().put("/api/holidays/" + year).then()
                .statusCode(200).extract().jsonPath();
        assertThat(created.getInt("version")).isZero();
        assertThat(calendar.knows(year)).as("at once on this instance").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-04"))).as("a Saturday worked").isTrue();
        // A second "new" entry of the same year conflicts; an edit from the version read replaces it.
        Api.as("admin").body(Map.of("days", List.of(day("2031-01-01", "HOLIDAY", "元旦")))).when()
                .put("/api/holidays/" + year).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith(":conflict"));
        JsonPath edited = Api.as("admin").body(Map.of("version", 0, "days", List.of(day("2031-01-01", "HOLIDAY", "元旦"))))
                .when().put("/api/holidays/" + year).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getInt("version")).isEqualTo(1);
        assertThat(edited.getList("days")).hasSize(1);
        Api.as("admin").body(Map.of("version", 0, "days", List.of(day("2031-01-02", "HOLIDAY", "元旦"))))
                .when().put("/api/holidays/" + year).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith(":stale-version"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-04"))).isFalse();
        assertThat(Db.count("select count(*) from audit_event where entity_type = 'holiday_year'"))
                .isEqualTo(audited + 2);
    }

    @Test
    void aYearIsImportedFromTheAnnouncementInGbk() {
        String csv = "date,kind,name\n2032-01-01,放假,元旦\n2032-01-03,上班,元旦调休上班\n";
        JsonPath imported = RestAssured.given().auth().preemptive().basic("admin", DemoAccounts.PASSWORD)
                .accept("application/json").multiPart("file", "2032.csv", csv.getBytes(Charset.forName("GBK")))
                .when().post("/api/holidays/2032/import").then().statusCode(200).extract().jsonPath();
        assertThat(imported.getList("days.name")).containsExactly("元旦", "元旦调休上班");
        assertThat(imported.getList("days.kind")).containsExactly("HOLIDAY", "WORKDAY");
        Response unreadable = RestAssured.given().auth().preemptive().basic("admin", DemoAccounts.PASSWORD)
                .accept("application/json").multiPart("version", "0")
                .multiPart("file", "2032.csv", "2032-13-01,HOLIDAY,错\n".getBytes(Charset.forName("UTF-8")))
                .when().post("/api/holidays/2032/import");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.jsonPath().getList("errors.field")).containsExactly("rows[1].date");
        assertThat(Api.as("admin").when().get("/api/holidays/2032").then().extract().jsonPath().getList("days"))
                .hasSize(2);
        Api.as("admin").when().get("/api/holidays/1999").then().spec(Problems.refused(ProblemType.BAD_PARAMETER));
    }

    @Test
    void fromNovemberAdministratorsAreWarnedWhileNextYearIsMissing() {
        Db.execute("delete from holiday_day where year = 2027");
        Db.execute("delete from holiday_year where year = 2027");
        try {
            TestClock.pinShanghai("2026-10-31T12:00");
            assertThat(Api.as("admin").when().get("/api/holidays").then().statusCode(200).extract().jsonPath()
                    .getList("missing")).isEmpty();
            TestClock.pinShanghai("2026-11-01T08:00");
            assertThat(Api.as("admin").when().get("/api/holidays").then().extract().jsonPath()
                    .getList("missing", Integer.class)).containsExactly(2027);
            String home = adminPage("/");
            assertThat(home).contains("id=\"holidays-banner\"").contains("2027");
            assertThat(RestAssured.given().auth().preemptive().basic("agent", DemoAccounts.PASSWORD).when().get("/")
                    .asString()).doesNotContain("holidays-banner");

            // Entered on the page: the text box as the administrator types the announcement.
            String saved = RestAssured.given().auth().preemptive().basic("admin", DemoAccounts.PASSWORD)
                    .redirects().follow(false).header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("days", "2027-01-01,HOLIDAY,元旦\n2027-02-06,WORKDAY,春节调休上班\n")
                    .when().post("/admin/holidays/2027").then().statusCode(303).extract().header("Location");
            assertThat(saved).endsWith("/admin/holidays/2027?saved=true");
            assertThat(adminPage("/")).doesNotContain("holidays-banner");
            assertThat(adminPage(saved.substring(saved.indexOf("/admin")))).contains("春节调休上班").contains("id=\"saved\"");
        } finally {
            TestClock.unpin();
            Db.execute("delete from holiday_day where year = 2027");
            Db.execute("delete from holiday_year where year = 2027");
        }
    }

    private static String adminPage(String path) {
        return RestAssured.given().auth().preemptive().basic("admin", DemoAccounts.PASSWORD).when().get(path).then()
                .statusCode(200).extract().asString();
    }
}

package cn.hotline12345.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.WorkOrders;

/** The workbench figures say what the database says. */
@QuarkusTest
class WorkbenchTest {

    static String home(String user) {
        String session = Api.formLogin(user, DemoAccounts.PASSWORD).getCookie("hotline-session");
        return given().cookie("hotline-session", session).when().get("/").then().statusCode(200).extract().asString();
    }

    static long figure(String page, String panel) {
        Matcher m = Pattern.compile("id=\"" + panel + "\">.*?class=\"figure\">(\\d+)<", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("panel %s", panel).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theSupervisorSeesWhatWaitsForTheHotline() {
        WorkOrders.register("工作台计数");
        String page = home("supervisor");
        assertThat(figure(page, "dispatch"))
                .isEqualTo(Db.count("select count(*) from work_order where state in ('REGISTERED', 'RETURNED')"))
                .isPositive();
        assertThat(figure(page, "review")).isEqualTo(Db.count("select count(*) from work_order where state = 'REPLIED'"));
    }

    @Test
    void aUnitSeesWhatWaitsForItsSignature() {
        WorkOrders.dispatchTo(WorkOrders.register("待签收计数").getLong("id"), WorkOrders.HANDLER_UNIT);
        String page = home("handler");
        long unit = WorkOrders.unitId(WorkOrders.HANDLER_UNIT);
        assertThat(figure(page, "to-sign")).isEqualTo(Db.count(
                "select count(*) from work_order_dispatch where unit_id = " + unit + " and open and signed_at is null"))
                .isPositive();
    }

    @Test
    void editorsAndReviewersSeeWhatWaitsOnThem() {
        for (String user : new String[] {"editor", "reviewer"}) {
            String page = home(user);
            assertThat(figure(page, "drafts")).isEqualTo(Db.count("select count(*) from knowledge_entry where state = 'DRAFT'"));
            assertThat(figure(page, "review"))
                    .isEqualTo(Db.count("select count(*) from knowledge_entry where state = 'IN_REVIEW'"));
            assertThat(figure(page, "expiring")).isEqualTo(Db.count("select count(*) from knowledge_entry where state <> 'ARCHIVED'"
                    + " and expires_on between (now() at time zone 'Asia/Shanghai')::date"
                    + " and (now() at time zone 'Asia/Shanghai')::date + 30"));
            assertThat(figure(page, "proposals"))
                    .isEqualTo(Db.count("select count(*) from knowledge_proposal where state = 'OPEN'"));
        }
        assertThat(home("editor")).contains("href=\"/knowledge/manage?state=DRAFT\"");
    }

    @Test
    void theManagerSeesTheMonthSoFar() {
        String page = home("manager");
        Matcher m = Pattern.compile("id=\"month-registered\">(\\d+)<").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(Db.count(
                "select count(*) from work_order where registered_at >= date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'"));
    }
}

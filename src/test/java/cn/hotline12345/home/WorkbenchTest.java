package cn.hotline12345.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Pages;
import cn.hotline12345.testing.WorkOrders;

/** The workbench figures say what the database says. */
@QuarkusTest
class WorkbenchTest {

    @Test
    void theSupervisorSeesWhatWaitsForTheHotline() {
        WorkOrders.register("工作台计数");
        String page = Pages.get("supervisor", "/");
        assertThat(Pages.figure(page, "dispatch"))
                .isEqualTo(Db.count("select count(*) from work_order where state in ('REGISTERED', 'RETURNED')"))
                .isPositive();
        assertThat(Pages.figure(page, "review")).isEqualTo(Db.count("select count(*) from work_order where state = 'REPLIED'"));
    }

    @Test
    void aUnitSeesWhatWaitsForItsSignature() {
        WorkOrders.dispatchTo(WorkOrders.register("待签收计数").getLong("id"), WorkOrders.HANDLER_UNIT);
        String page = Pages.get("handler", "/");
        long unit = WorkOrders.unitId(WorkOrders.HANDLER_UNIT);
        assertThat(Pages.figure(page, "to-sign")).isEqualTo(Db.count(
                "select count(*) from work_order_dispatch where unit_id = " + unit + " and open and signed_at is null"))
                .isPositive();
    }

    @Test
    void editorsAndReviewersSeeWhatWaitsOnThem() {
        for (String user : new String[] {"editor", "reviewer"}) {
            String page = Pages.get(user, "/");
            assertThat(Pages.figure(page, "drafts")).isEqualTo(Db.count("select count(*) from knowledge_entry where state = 'DRAFT'"));
            assertThat(Pages.figure(page, "review"))
                    .isEqualTo(Db.count("select count(*) from knowledge_entry where state = 'IN_REVIEW'"));
            assertThat(Pages.figure(page, "expiring")).isEqualTo(Db.count("select count(*) from knowledge_entry where state <> 'ARCHIVED'"
                    + " and expires_on between (now() at time zone 'Asia/Shanghai')::date"
                    + " and (now() at time zone 'Asia/Shanghai')::date + 30"));
            assertThat(Pages.figure(page, "proposals"))
                    .isEqualTo(Db.count("select count(*) from knowledge_proposal where state = 'OPEN'"));
        }
        assertThat(Pages.get("editor", "/")).contains("href=\"/knowledge/manage?state=DRAFT\"");
    }

    @Test
    void theManagerSeesTheMonthSoFar() {
        String page = Pages.get("manager", "/");
        Matcher m = Pattern.compile("id=\"month-registered\">(\\d+)<").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(Db.count(
                "select count(*) from work_order where registered_at >= date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'"));
    }
}

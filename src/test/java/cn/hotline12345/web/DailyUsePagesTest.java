package cn.hotline12345.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Pages;
import cn.hotline12345.testing.WorkOrders;

/** What each role reads on its pages: actions in words, notes named for what they are, empty lists said. */
@QuarkusTest
class DailyUsePagesTest {

    @Test
    void anOrdersHistoryReadsInWordsAndItsNotesAreNamed() {
        long fresh = WorkOrders.register("派单说明标签").getLong("id");
        String registered = Pages.get("supervisor", "/orders/" + fresh, 200);
        assertThat(registered).contains("派单说明").doesNotContain(">REGISTER<");

        long id = WorkOrders.dispatchTo(WorkOrders.register("历史用语").getLong("id"), WorkOrders.HANDLER_UNIT);
        String dispatched = Pages.get("supervisor", "/orders/" + id, 200);
        assertThat(dispatched).contains("<td class=\"action\">登记</td>", "<td class=\"action\">派单</td>", "催办意见")
                .doesNotContain("<code>DISPATCH</code>", ">DISPATCH<");
    }

    @Test
    void theKnowledgePanelAttachesOnlyToOpenOrdersAndShowsUnitsWhatWasAttached() {
        long open = WorkOrders.dispatchTo(WorkOrders.register("知识附加开放").getLong("id"), WorkOrders.HANDLER_UNIT);
        assertThat(Pages.get("agent", "/orders/" + open, 200)).contains("data-mode=\"attach\"");
        assertThat(Pages.get("handler", "/orders/" + open, 200)).contains("data-mode=\"view\"").doesNotContain("id=\"kb-q\"");

        long closed = WorkOrders.register("知识附加已办结").getLong("id");
        WorkOrders.step("agent", closed, "answer", Map.of("answer", "可携带身份证到任一社保网点补办。"), 200);
        assertThat(Pages.get("agent", "/orders/" + closed, 200)).contains("data-mode=\"search\"", "id=\"kb-q\"");
    }

    @Test
    void aUnitSeesWhenToSignAndTheOutcomeItChoseAndItsOwnKnowledge() {
        long id = WorkOrders.dispatchTo(WorkOrders.register("签收期限列").getLong("id"), WorkOrders.HANDLER_UNIT);
        String inbox = Pages.get("handler", "/orders/inbox", 200);
        assertThat(inbox).contains("<th>签收时限</th>").containsPattern("<td class=\"sign\">[^<]*\\d{2}:\\d{2}<br>");
        assertThat(inbox).contains("本单位知识").doesNotContain("知识采编");
        String toSign = Pages.get("handler", "/orders/" + id);
        assertThat(toSign).contains("id=\"sign-form\"", "id=\"sign-submit\"")
                .containsPattern("(?s)id=\"return-form\">\\s*<h2>退单</h2>.*?<label>[^<]+<input name=\"reason\" required></label>");
        WorkOrders.step("handler", id, "sign", Map.of(), 200);
        assertThat(Pages.get("supervisor", "/orders/" + id)).containsPattern(
                "id=\"urge-form\">\\s*<input type=\"hidden\" name=\"version\" value=\"\\d+\">\\s*<input name=\"note\" placeholder=\"催办意见\">");
        WorkOrders.step("handler", id, "reply", Map.of("text", "已向市民解释政策。", "outcome", "EXPLAINED"), 200);
        assertThat(Pages.get("handler", "/orders/" + id, 200)).containsPattern("class=\"tag outcome\"[^>]*>已解释说明<");
    }

    @Test
    void anEmptyListSaysSo() {
        assertThat(Pages.get("supervisor", "/orders?q=99999999999999", 200))
                .contains("没有符合条件的记录").doesNotContain("第 1 / 0 页");
        WorkOrders.register("列表不空");
        assertThat(Pages.get("supervisor", "/orders", 200)).contains("第 1 /").doesNotContain("没有符合条件的记录");
    }

    @Test
    void aMissingPageStillOffersAWayOn() {
        assertThat(Pages.get("supervisor", "/no-such-page", 404)).contains("id=\"error-nav\"", "href=\"/knowledge\"");
        assertThat(Pages.get("supervisor", "/orders/999999999", 404)).contains("class=\"menu\"");
    }

    @Test
    void theAuditHistoryOfAnAccountReadsInWords() {
        long handler = Api.as("admin").when().get("/api/accounts?q=handler").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.username == 'handler' }.id");
        String history = Pages.get("admin", "/admin/accounts/" + handler, 200);
        assertThat(history).contains("创建账号", "角色：成员单位经办人").doesNotContain("account.created");
    }
}

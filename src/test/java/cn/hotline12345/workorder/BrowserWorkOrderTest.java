package cn.hotline12345.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Browser;

/**
 * The whole life of a work order in a real headless Chromium: an agent registers and dispatches
 * it, the unit handler signs for it and replies, the supervisor accepts the reply, records the
 * callback and closes it.
 */
@QuarkusTest
class BrowserWorkOrderTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anOrderGoesFromTheAgentToTheUnitAndBackToClosed() {
        try (Browser b = new Browser(base.toString())) {
            b.logIn("agent", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-new-order")).click();
            b.waitFor(By.id("order-form"));
            new Select(b.driver().findElement(By.id("type"))).selectByValue("COMPLAINT");
            new Select(b.driver().findElement(By.id("categoryId"))).selectByVisibleText("养老保险");
            b.driver().findElement(By.id("callerNumber")).sendKeys("13902990001");
            b.driver().findElement(By.id("callerName")).sendKeys("陈女士");
            b.driver().findElement(By.id("citizenText")).sendKeys("小区门口路灯坏了两个星期，晚上很黑，老人出行不安全。");
            b.driver().findElement(By.id("summary")).sendKeys("小区门口路灯损坏两周未修");
            b.driver().findElement(By.id("register-submit")).click();
            b.expectText(By.id("order-state"), "已受理");
            String url = b.driver().getCurrentUrl().replaceAll("\\?.*", "");
            String number = b.text(By.id("order-title")).replaceAll("\\D+", " ").trim().split(" ")[0];
            // The routing rule suggests the social-insurance bureau; one click fills in its code.
            b.waitFor(By.cssSelector("#suggestions button.suggestion"));
            assertThat(b.text(By.id("suggestions"))).contains("佛山市人力资源和社会保障局（规则：社会保险归人社）");
            b.driver().findElement(By.cssSelector("#suggestions button[data-code='440600-D015']")).click();
            assertThat(b.driver().findElement(By.id("leadUnitCode")).getDomProperty("value")).isEqualTo("440600-D015");
            b.driver().findElement(By.id("dispatch-submit")).click();
            b.expectText(By.id("order-state"), "已派单");
            assertThat(b.text(By.id("lead-unit"))).isEqualTo("佛山市人力资源和社会保障局");
            b.logOut();

            b.logIn("handler", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-inbox")).click();
            assertThat(b.text(By.id("inbox-table"))).contains(number).contains("剩余 21 小时");
            b.screenshot("unit-inbox");
            b.driver().findElement(By.linkText(number)).click();
            b.driver().findElement(By.id("sign-submit")).click();
            b.expectText(By.id("order-state"), "已签收");
            b.driver().findElement(By.id("reply-text")).sendKeys("已安排维修班组更换灯具，今晚恢复照明。");
            b.driver().findElement(By.id("reply-submit")).click();
            b.expectText(By.id("order-state"), "已答复");
            b.logOut();

            b.logIn("supervisor", DemoAccounts.PASSWORD);
            b.open(url.replaceFirst("^https?://[^/]+", ""));
            b.driver().findElement(By.id("accept-submit")).click();
            b.expectText(By.id("order-state"), "审核通过");
            new Select(b.driver().findElement(By.id("satisfaction"))).selectByValue("SATISFIED");
            b.driver().findElement(By.id("callback-submit")).click();
            b.expectText(By.id("order-state"), "已回访");
            b.driver().findElement(By.id("close-submit")).click();
            b.expectText(By.id("order-state"), "已办结");
            assertThat(b.text(By.id("history"))).contains("登记", "派单", "签收", "答复", "审核通过",
                    "回访", "办结").doesNotContain("ACCEPT_REPLY");
            b.screenshot("order-closed");
            b.logOut();
        }
    }
}

package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Browser;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.Db;

/**
 * In a real headless Chromium, with a call on the real Asterisk sandbox: the call pops up on the
 * logged-in agent's page, the agent registers the work order from it, and the order shows the call.
 */
@QuarkusTest
class BrowserScreenPopTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aCallPopsUpAndTheAgentRegistersTheOrderFromIt() throws Exception {
        String number = Calls.newCallerNumber();
        try (Browser b = new Browser(base.toString())) {
            b.logIn("agent", DemoAccounts.PASSWORD);
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> "true".equals(
                    d.findElement(By.id("screen-pop")).getAttribute("data-listening")));
            try (CallGenerator generator = Calls.generator()) {
                // Only 8001, the demo agent's extension, answers.
                generator.place(Scenario.answered(number, "2", 5).notAnsweredBy(Calls.allAgentsBut("8001")));
            }
            b.expectText(By.id("screen-pop-caller"), number);
            b.screenshot("screen-pop");
            b.driver().findElement(By.id("screen-pop-register")).click();
            b.waitFor(By.id("order-form"));
            assertThat(b.driver().findElement(By.id("callerNumber")).getAttribute("value")).isEqualTo(number);
            String linkedId = b.driver().findElement(By.id("callLinkedId")).getAttribute("value");
            assertThat(new Select(b.driver().findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("COMPLAINT");
            new Select(b.driver().findElement(By.id("categoryId"))).selectByVisibleText("社保卡与参保证明");
            b.driver().findElement(By.id("citizenText")).sendKeys("来电反映社保卡一直没有寄到。");
            b.driver().findElement(By.id("summary")).sendKeys("社保卡未寄到");
            b.driver().findElement(By.id("register-submit")).click();
            b.expectText(By.id("order-state"), "已受理");
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> "true".equals(
                    d.findElement(By.id("order-call")).getAttribute("data-loaded")));
            assertThat(b.text(By.id("order-call"))).contains(number).contains("8001");
            long order = Long.parseLong(b.driver().getCurrentUrl().replaceAll(".*/orders/(\\d+).*", "$1"));
            assertThat(Db.single("select call_linked_id from work_order where id = " + order)).isEqualTo(linkedId);
            b.logOut();
        }
    }
}

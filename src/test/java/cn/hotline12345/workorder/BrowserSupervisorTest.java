package cn.hotline12345.workorder;

import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.dispatchTo;
import static cn.hotline12345.testing.WorkOrders.register;
import static cn.hotline12345.testing.WorkOrders.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Browser;
import cn.hotline12345.testing.Db;

/**
 * A shift supervisor in a real Chromium: from the workbench to the overdue board and the deadline
 * requests, a decision, and a dispatch done from the keyboard with the unit picker.
 */
@QuarkusTest
class BrowserSupervisorTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theSupervisorWorksTheQueues() {
        JsonPath late = register("浏览器超时工单");
        dispatchTo(late.getLong("id"), HANDLER_UNIT);
        Db.execute("update work_order_dispatch set reply_due_at = now() - interval '2 hours'"
                + " where work_order_id = " + late.getLong("id") + " and current and lead");
        JsonPath asking = register("浏览器延期工单");
        long askingId = dispatchTo(asking.getLong("id"), HANDLER_UNIT);
        step("handler", askingId, "sign", Map.of(), 200);
        step("handler", askingId, "extension", Map.of("replyDueAt", Instant.now().plus(Duration.ofDays(2)).toString(),
                "reason", "浏览器测试：需协调供电部门"), 200);

        try (Browser b = new Browser(base.toString())) {
            b.logIn("supervisor", DemoAccounts.PASSWORD);
            b.driver().findElement(By.cssSelector("#overdue a")).click();
            WebElement board = b.waitFor(By.id("overdue-queue"));
            assertThat(board.getText()).contains(late.getString("number"), "已超时 2 小时");
            assertThat(b.text(By.id("overdue-units"))).contains("佛山市人力资源和社会保障局");
            b.screenshot("overdue-board");

            b.driver().findElement(By.linkText("待审批的延期与挂起申请")).click();
            assertThat(b.text(By.id("requests-queue"))).contains(asking.getString("number"), "浏览器测试：需协调供电部门");
            b.driver().findElement(By.xpath("//tr[td/a[text()='" + asking.getString("number") + "']]//a[@class='decide']"))
                    .click();
            b.waitFor(By.cssSelector("#requests button[value='approve']")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("#requests button[value='approve']")));
            b.screenshot("request-approved");
            b.open("/queues/deadline-requests");
            assertThat(b.waitFor(By.id("requests-queue")).getText()).doesNotContain(asking.getString("number"));

            b.driver().findElement(By.linkText("待回访工单")).click();
            b.waitFor(By.id("callbacks-queue"));
            b.logOut();
        }
    }

    /**
     * Every page of a supervisor with an extension listens for screen pops; pages kept in the
     * back-forward cache must not hold their stream open, or the seventh page never loads.
     */
    @Test
    void pageAfterPageLoadsWhileTheScreenPopStreamIsOpen() {
        try (Browser b = new Browser(base.toString())) {
            b.logIn("supervisor", DemoAccounts.PASSWORD);
            for (int i = 0; i < 5; i++) {
                for (String path : new String[] {"/queues/overdue", "/orders", "/"}) {
                    b.open(path);
                    b.waitFor(By.id("logout"));
                }
            }
            b.driver().navigate().back();
            b.waitFor(By.id("logout"));
            b.open("/queues/callbacks");
            b.waitFor(By.id("callbacks-queue"));
        }
    }

    @Test
    void theRegistrationFormOffersTheTownsOfTheDistrictAndTopicsAsATree() {
        try (Browser b = new Browser(base.toString())) {
            b.logIn("supervisor", DemoAccounts.PASSWORD);
            b.open("/orders/new");
            Select topic = new Select(b.waitFor(By.id("categoryId")));
            assertThat(topic.getFirstSelectedOption().getDomProperty("value")).isEmpty();
            assertThat(b.driver().findElements(By.cssSelector("#categoryId optgroup")).size()).isGreaterThan(5);
            assertThat(b.driver().findElement(By.cssSelector("#categoryId optgroup[label='社会保险']")).getText())
                    .contains("养老保险");

            Select district = new Select(b.driver().findElement(By.id("districtUnitId")));
            district.selectByVisibleText("佛山市南海区人民政府");
            String nanhai = district.getFirstSelectedOption().getDomProperty("value");
            java.util.List<WebElement> offered = b.driver().findElements(By.cssSelector("#townUnitId option:not([disabled])"));
            java.util.List<WebElement> all = b.driver().findElements(By.cssSelector("#townUnitId option"));
            assertThat(offered.size()).isGreaterThan(1).isLessThan(all.size());
            offered.stream().filter(o -> !o.getDomProperty("value").isEmpty())
                    .forEach(o -> assertThat(o.getDomAttribute("data-district")).isEqualTo(nanhai));

            // A town chosen first fills in its district.
            district.selectByIndex(0);
            new Select(b.driver().findElement(By.id("townUnitId"))).selectByVisibleText("佛山市南海区桂城街道办事处");
            assertThat(new Select(b.driver().findElement(By.id("districtUnitId"))).getFirstSelectedOption().getText())
                    .isEqualTo("佛山市南海区人民政府");
        }
    }

    @Test
    void aDispatchIsDoneFromTheKeyboardWithTheUnitPicker() {
        JsonPath order = register("浏览器单位选择");
        try (Browser b = new Browser(base.toString())) {
            b.logIn("supervisor", DemoAccounts.PASSWORD);
            b.open("/orders/" + order.getLong("id"));
            WebElement lead = b.waitFor(By.id("leadUnitCode"));
            b.waitFor(By.cssSelector("#suggestions button.suggestion"));
            // One keystroke takes the routing suggestion.
            lead.click();
            b.waitFor(By.cssSelector("#leadUnitCode-options li"));
            lead.sendKeys(Keys.ENTER);
            assertThat(lead.getDomProperty("value")).isEqualTo("440600-D015");
            b.expectText(By.id("leadUnitCode-picked"), "佛山市人力资源和社会保障局");

            // Pinyin initials find a unit; arrows and Enter pick it.
            lead.clear();
            lead.sendKeys("fsszfgjj");
            b.expectText(By.cssSelector("#leadUnitCode-options li.active span"), "佛山市住房公积金管理中心");
            lead.sendKeys(Keys.ENTER);
            assertThat(lead.getDomProperty("value")).isEqualTo("440600-D021");

            // Several co-units, by name and by code.
            WebElement co = b.driver().findElement(By.id("coUnitCodes"));
            co.sendKeys("禅城区民政");
            b.expectText(By.cssSelector("#coUnitCodes-options li.active span"), "佛山市禅城区民政局");
            co.sendKeys(Keys.ENTER);
            co.sendKeys(", 440600-D0");
            new WebDriverWait(b.driver(), Duration.ofSeconds(5))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#coUnitCodes-options li"), 1));
            co.sendKeys("15", Keys.ENTER);
            assertThat(co.getDomProperty("value")).isEqualTo("440604-D005, 440600-D015");
            b.expectText(By.id("coUnitCodes-picked"), "佛山市禅城区民政局、佛山市人力资源和社会保障局");
            b.screenshot("unit-picker");

            b.driver().findElement(By.id("dispatch-submit")).click();
            b.expectText(By.id("order-state"), "已派单");
            assertThat(b.text(By.id("lead-unit"))).isEqualTo("佛山市住房公积金管理中心");
            b.logOut();
        }
    }
}

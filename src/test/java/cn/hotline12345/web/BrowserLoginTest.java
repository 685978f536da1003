package cn.hotline12345.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Browser;

/** A real headless Chromium logs in as different roles and reads its own home page in Chinese. */
@QuarkusTest
class BrowserLoginTest {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        return browser;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAgentSeesTheAgentWorkbenchInChinese() {
        Browser b = browser().logIn("agent", DemoAccounts.PASSWORD);
        assertThat(b.text(By.id("greeting"))).isEqualTo("您好，李晓敏");
        assertThat(b.text(By.id("who-role"))).isEqualTo("话务员");
        assertThat(b.text(By.cssSelector("#calls h2"))).isEqualTo("今日来电");
        assertThat(b.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(b.driver().findElements(By.linkText("成员单位"))).isEmpty();
        b.screenshot("agent-home");
        b.logOut();
    }

    @Test
    void aUnitHandlerSeesItsOwnUnit() {
        Browser b = browser().logIn("handler", DemoAccounts.PASSWORD);
        assertThat(b.text(By.id("who-role"))).isEqualTo("成员单位经办人");
        assertThat(b.text(By.id("unit-name"))).isEqualTo("佛山市人力资源和社会保障局");
        assertThat(b.text(By.cssSelector("#to-sign h2"))).isEqualTo("待签收工单");
        b.screenshot("unit-handler-home");
        b.open("/admin/units");
        assertThat(b.text(By.tagName("h1"))).contains("无权执行此操作");
        b.open("/").logOut();
    }

    @Test
    void anAdministratorManagesUnitsAndCanSwitchToEnglish() {
        Browser b = browser().logIn("admin", DemoAccounts.PASSWORD);
        assertThat(b.text(By.id("active-units"))).isNotEmpty();
        b.open("/admin/units?level=TOWN");
        assertThat(b.text(By.id("paging"))).startsWith("共 32 条");
        b.driver().findElement(By.id("new-unit")).click();
        b.waitFor(By.id("unit-form"));
        b.driver().findElement(By.name("code")).sendKeys("T-browser");
        b.driver().findElement(By.name("name")).sendKeys("浏览器测试单位");
        b.driver().findElement(By.name("parentCode")).sendKeys("440605-G000");
        b.driver().findElement(By.cssSelector("#unit-form button[type=submit]")).click();
        assertThat(b.text(By.id("saved"))).isEqualTo("已保存。");
        assertThat(b.text(By.id("unit-title"))).contains("浏览器测试单位");
        b.screenshot("unit-detail");
        b.driver().findElement(By.linkText("English")).click();
        b.expectText(By.id("who-role"), "Administrator");
        b.driver().findElement(By.linkText("中文")).click();
        b.expectText(By.id("who-role"), "系统管理员");
        b.logOut();
    }
}

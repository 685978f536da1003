package cn.hotline12345.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Browser;
import cn.hotline12345.testing.Db;

/**
 * In a real headless Chromium: an agent types a colloquial question, picks a suggestion and
 * attaches the entry to a work order; an editor writes an entry and a reviewer publishes it.
 */
@QuarkusTest
class BrowserKnowledgeTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAgentPicksASuggestionAndAttachesTheEntryToTheOrder() {
        try (Browser b = new Browser(base.toString())) {
            b.logIn("agent", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-new-order")).click();
            b.waitFor(By.id("kb-panel"));
            b.driver().findElement(By.id("kb-q")).sendKeys("社保卡丢了咋整");
            WebElement suggestion = b.waitFor(By.cssSelector("#kb-suggestions li.kb-suggestion"));
            String picked = suggestion.getText();
            assertThat(picked).containsAnyOf("社保卡", "社会保障卡");
            suggestion.click();
            b.waitFor(By.cssSelector("#kb-results .kb-hit button.kb-attach"));
            assertThat(b.text(By.id("kb-results"))).contains(picked);
            b.driver().findElement(By.cssSelector("#kb-results .kb-hit button.kb-attach")).click();
            b.expectText(By.id("kb-attached"), picked);
            b.screenshot("knowledge-panel-register");

            new Select(b.driver().findElement(By.id("categoryId"))).selectByVisibleText("社保卡与参保证明");
            b.driver().findElement(By.id("callerNumber")).sendKeys("13902990077");
            b.driver().findElement(By.id("citizenText")).sendKeys("我的社保卡不见了，不知道去哪里补办，急着看病用。");
            b.driver().findElement(By.id("summary")).sendKeys("咨询社保卡丢失补办");
            b.driver().findElement(By.id("register-submit")).click();
            b.expectText(By.id("order-state"), "已受理");
            b.expectText(By.id("kb-attached"), picked);
            long order = Long.parseLong(b.driver().getCurrentUrl().replaceAll(".*/orders/(\\d+).*", "$1"));

            // On the order page the panel attaches at once; related entries are offered without typing.
            b.waitFor(By.cssSelector("#kb-results .kb-hit"));
            b.driver().findElement(By.id("kb-q")).sendKeys("看病的医保报销比例是多少");
            b.waitFor(By.cssSelector("#kb-suggestions li.kb-suggestion")).click();
            // The related entries (under their heading) give way to the results of the picked suggestion.
            By freeButton = By.cssSelector("#kb-results .kb-hit button.kb-attach:not([disabled])");
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("#kb-results h3")).isEmpty() && !d.findElements(freeButton).isEmpty());
            b.driver().findElement(freeButton).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("#kb-attached li")).size() == 2);
            assertThat(Db.count("select count(*) from knowledge_usage where work_order_id = " + order)).isEqualTo(2);
            b.logOut();
        }
    }

    @Test
    void anEditorWritesAnEntryAndAReviewerPublishesIt() {
        try (Browser b = new Browser(base.toString())) {
            b.logIn("editor", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-kb-manage")).click();
            b.driver().findElement(By.id("kb-new")).click();
            b.driver().findElement(By.id("kb-title")).sendKeys("翠湖公园夜间开放时间");
            new Select(b.driver().findElement(By.id("kb-category"))).selectByVisibleText("市政设施与城市管理 › 园林绿化");
            b.driver().findElement(By.id("kb-owner")).sendKeys("440600-D022");
            b.driver().findElement(By.id("kb-summary")).sendKeys("翠湖公园夜间开放至22时。");
            b.driver().findElement(By.id("kb-save")).click();
            b.expectText(By.id("kb-entry-state"), "草稿");
            b.driver().findElement(By.id("kb-submit")).click();
            b.expectText(By.id("kb-entry-state"), "待审核");
            assertThat(b.driver().findElements(By.id("kb-publish"))).isEmpty();
            String path = b.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceAll("\\?.*", "");
            b.logOut();

            b.logIn("reviewer", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-kb-review")).click();
            assertThat(b.text(By.id("kb-manage"))).contains("翠湖公园夜间开放时间");
            b.open(path);
            b.driver().findElement(By.id("kb-publish")).click();
            b.expectText(By.id("kb-entry-state"), "已发布");
            b.logOut();

            b.logIn("agent", DemoAccounts.PASSWORD);
            new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> {
                b.open("/knowledge?q=" + java.net.URLEncoder.encode("翠湖公园晚上几点关门",
                        java.nio.charset.StandardCharsets.UTF_8));
                List<WebElement> hits = d.findElements(By.cssSelector("#kb-hits li"));
                return !hits.isEmpty() && hits.get(0).getText().contains("翠湖公园夜间开放时间");
            });
            assertThat(b.driver().findElement(By.cssSelector("#kb-hits li .kb-title")).getDomProperty("innerHTML"))
                    .contains("<mark>");
            b.screenshot("knowledge-search");
            b.logOut();
        }
    }
}

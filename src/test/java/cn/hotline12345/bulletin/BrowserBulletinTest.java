package cn.hotline12345.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Browser;
import cn.hotline12345.testing.WorkOrders;

/**
 * A manager's month in a real headless Chromium: the statistics page with its charts, the month's
 * bulletin created, a paragraph written, a typical case picked, published and its PDF downloaded;
 * then a unit handler opens its scorecard and the published bulletin.
 */
@QuarkusTest
class BrowserBulletinTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aManagerPublishesTheMonthsBulletinAndAUnitHandlerReadsItsScorecard() throws Exception {
        long order = WorkOrders.dispatchTo(WorkOrders.register("浏览器通报典型案例").getLong("id"), WorkOrders.HANDLER_UNIT);
        String number = cn.hotline12345.testing.Api.as("agent").when().get("/api/work-orders/" + order).then().extract()
                .jsonPath().getString("number");
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        try (Browser b = new Browser(base.toString())) {
            b.logIn("manager", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-statistics")).click();
            b.waitFor(By.id("statistics-filters"));
            chartDrawn(b, "chart-calls-by-hour");
            chartDrawn(b, "chart-by-category");
            assertThat(Long.parseLong(b.text(By.id("kpi-registered")))).isPositive();

            b.driver().findElement(By.id("nav-bulletins")).click();
            var monthInput = b.waitFor(By.cssSelector("#bulletin-create input[name=month]"));
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]", monthInput, month);
            b.driver().findElement(By.cssSelector("#bulletin-create button")).click();
            b.waitFor(By.id("bulletin-document"));
            assertThat(b.text(By.id("bulletin-number"))).contains("佛12345通〔" + month.substring(0, 4) + "〕");
            chartDrawn(b, "chart-trend");

            b.driver().findElement(By.id("hot-issues")).sendKeys("本月浏览器测试热点：社保缴费记录查询集中。");
            b.driver().findElement(By.id("narrative-save")).click();
            b.waitFor(By.cssSelector(".alert.ok"));
            assertThat(b.text(By.id("bulletin-document"))).contains("本月浏览器测试热点");

            b.driver().findElement(By.id("case-number")).sendKeys(number);
            b.driver().findElement(By.id("case-add")).click();
            b.waitFor(By.cssSelector(".alert.ok"));
            assertThat(b.text(By.id("picked-cases"))).contains(number);
            // The caller (张先生, 13800138000) appears nowhere in the bulletin.
            assertThat(b.text(By.id("bulletin-document"))).contains("八、典型案例", "浏览器通报典型案例")
                    .doesNotContain("13800138000", "张先生");

            b.driver().findElement(By.id("publish")).click();
            b.waitFor(By.cssSelector(".alert.ok"));
            String pdfUrl = b.waitFor(By.id("download-pdf")).getDomAttribute("href");
            byte[] pdf = download(b, pdfUrl);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            b.logOut();

            b.logIn("handler", DemoAccounts.PASSWORD);
            b.driver().findElement(By.id("nav-scorecard")).click();
            b.waitFor(By.id("scorecard-unit"));
            assertThat(b.text(By.id("scorecard-unit"))).contains("佛山市人力资源和社会保障局");
            chartDrawn(b, "chart-trend");
            b.driver().findElement(By.id("nav-bulletins")).click();
            b.driver().findElement(By.partialLinkText(month.substring(0, 4) + "年")).click();
            b.waitFor(By.id("bulletin-document"));
            assertThat(b.text(By.id("bulletin-document"))).contains("本月浏览器测试热点");
            b.screenshot("unit-bulletin");
        }
    }

    /** ECharts (served by the app) drew the chart: it marks the element and put an SVG in it. */
    private static void chartDrawn(Browser b, String id) {
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10)).until(d -> "true".equals(
                d.findElement(By.id(id)).getDomAttribute("data-drawn")));
        assertThat(b.driver().findElements(By.cssSelector("#" + id + " svg"))).isNotEmpty();
    }

    /** Downloads with the browser's session cookie. */
    private byte[] download(Browser b, String path) throws Exception {
        String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/$", "") + path)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        return response.body();
    }

}

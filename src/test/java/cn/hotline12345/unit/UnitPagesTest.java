package cn.hotline12345.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.testing.Api;

/** The unit list page keeps its filters, encoded, on the paging links. */
@QuarkusTest
class UnitPagesTest {

    @Test
    void pagingLinksCarryTheEncodedFilters() {
        String session = Api.formLogin("admin", DemoAccounts.PASSWORD).getCookie("hotline-session");
        given().cookie("hotline-session", session).queryParam("q", "佛山市").queryParam("level", "DISTRICT")
                .when().get("/admin/units").then().statusCode(200)
                .body(containsString("id=\"next-page\""))
                .body(containsString("?page=1&amp;q=%E4%BD%9B%E5%B1%B1%E5%B8%82&amp;level=DISTRICT"));
    }
}

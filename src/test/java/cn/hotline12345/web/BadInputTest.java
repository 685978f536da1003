package cn.hotline12345.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;

/**
 * Each kind of bad request gets the right 4xx as problem+json, in Chinese by default, and leaves
 * the database exactly as it was.
 */
@QuarkusTest
class BadInputTest {

    /** Everything but the login bookkeeping (last login, failure count), which any authenticated request may touch. */
    static final String ACCOUNT_COLUMNS = "id, username, display_name, password_hash, role, unit_id, locked, version";

    private String units;
    private String accounts;
    private String audit;

    @BeforeEach
    void remember() {
        units = Db.fingerprint("member_unit");
        accounts = Db.fingerprint("account", ACCOUNT_COLUMNS);
        audit = Db.fingerprint("audit_event");
    }

    @AfterEach
    void nothingChanged() {
        assertThat(Db.fingerprint("member_unit")).as("member_unit").isEqualTo(units);
        assertThat(Db.fingerprint("account", ACCOUNT_COLUMNS)).as("account").isEqualTo(accounts);
        assertThat(Db.fingerprint("audit_event")).as("audit_event").isEqualTo(audit);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hotline12345:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("requestId", notNullValue());
    }

    @Test
    void malformedJson() {
        problem(Api.as("admin").body("{\"code\": \"T-1\", \"name\": ").when().post("/api/units").then(), 400,
                "malformed-body").body("title", equalTo("请求体无法解析"));
    }

    @Test
    void missingAndInvalidFields() {
        problem(Api.as("admin").body(Map.of("code", "坏 code", "level", "CITY", "kind", "DEPARTMENT"))
                .when().post("/api/units").then(), 400, "validation")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("code"));
        problem(Api.as("admin").body("null").when().post("/api/units").then(), 400, "validation");
    }

    @Test
    void wrongTypes() {
        problem(Api.as("admin").body(Map.of("code", "T-w", "name", "类型错误", "level", "PROVINCE", "kind", "DEPARTMENT"))
                .when().post("/api/units").then(), 400, "validation")
                .body("errors[0].field", equalTo("level"));
        problem(Api.as("admin").body(Map.of("code", "T-w", "name", "类型错误", "level", "CITY", "kind", "DEPARTMENT",
                "parentId", "not-a-number")).when().post("/api/units").then(), 400, "validation")
                .body("errors[0].field", equalTo("parentId"));
        problem(Api.as("agent").queryParam("level", "PROVINCE").when().get("/api/units").then(), 400, "bad-parameter")
                .body("errors[0].field", equalTo("level"));
        problem(Api.as("agent").queryParam("size", "100000").when().get("/api/units").then(), 400, "bad-parameter")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void fieldsAClientMayNotSetAreRefused() {
        problem(Api.as("admin").body(Map.of("code", "T-a", "name", "伪造状态", "level", "CITY", "kind", "DEPARTMENT",
                "active", false)).when().post("/api/units").then(), 400, "validation")
                .body("errors[0].field", equalTo("active"));
    }

    @Test
    void unknownIdsAndAddresses() {
        problem(Api.as("admin").when().get("/api/units/987654321").then(), 404, "not-found")
                .body("detail", equalTo("单位 987654321 不存在。"));
        problem(Api.as("admin").when().get("/api/accounts/987654321").then(), 404, "not-found");
        problem(Api.as("admin").when().get("/api/no-such-thing").then(), 404, "not-found");
        problem(Api.as("admin").body(Map.of("version", 0)).when().post("/api/units/987654321/deactivate").then(), 404,
                "not-found");
    }

    @Test
    void oversizedPayload() {
        String huge = "{\"code\":\"T-big\",\"name\":\"" + "大".repeat(300_000) + "\",\"level\":\"CITY\",\"kind\":\"DEPARTMENT\"}";
        problem(Api.as("admin").body(huge).when().post("/api/units").then(), 413, "payload-too-large");
    }

    @Test
    void unsupportedMediaType() {
        problem(Api.as("admin").contentType("text/plain").body("code=T-1").when().post("/api/units").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void forbiddenAndUnauthenticated() {
        problem(Api.as("agent").body(Map.of("code", "T-f", "name", "越权", "level", "CITY", "kind", "DEPARTMENT"))
                .when().post("/api/units").then(), 403, "forbidden");
        problem(Api.as("handler").when().get("/api/accounts").then(), 403, "forbidden");
        problem(Api.anonymous().when().get("/api/units").then(), 401, "unauthenticated")
                .header("WWW-Authenticate", equalTo("Basic realm=\"hotline\""));
        problem(Api.anonymous().auth().preemptive().basic("nobody", "wrong-password1").when().get("/api/units").then(),
                401, "unauthenticated");
    }

    @Test
    void crossSiteSubmissionsAreRefused() {
        problem(Api.as("admin").header("Origin", "http://evil.example").body(Map.of("code", "T-c", "name", "跨站",
                "level", "CITY", "kind", "DEPARTMENT")).when().post("/api/units").then(), 403, "forbidden");
    }

    @Test
    void pageFormsMustComeFromOurOwnPages() {
        String session = Api.formLogin("admin", cn.hotline12345.account.DemoAccounts.PASSWORD)
                .getCookie("hotline-session");
        for (String origin : new String[] {null, "null", "http://evil.example"}) {
            var request = io.restassured.RestAssured.given().redirects().follow(false).cookie("hotline-session", session)
                    .contentType("application/x-www-form-urlencoded").formParam("code", "T-csrf").formParam("name", "跨站")
                    .formParam("level", "CITY").formParam("kind", "DEPARTMENT");
            if (origin != null) {
                request.header("Origin", origin);
            }
            request.when().post("/admin/units").then().statusCode(403);
        }
    }

    @Test
    void pageNumbersBeyondAnyListAreRefused() {
        problem(Api.as("agent").queryParam("page", "50000000").when().get("/api/units").then(), 400, "bad-parameter")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void anUnknownPageIsA404PageNotAServerError() {
        io.restassured.RestAssured.given().when().get("/no-such-page").then()
                .statusCode(404).contentType(org.hamcrest.Matchers.containsString("text/html"))
                .body(org.hamcrest.Matchers.containsString("请求的地址不存在"));
        io.restassured.RestAssured.given().when().get("/favicon.ico").then().statusCode(404);
    }

    @Test
    void englishWhenTheClientAsksForIt() {
        Api.as("admin").header("Accept-Language", "en-US").when().get("/api/units/987654321").then()
                .statusCode(404).body("title", equalTo("Not found")).body("detail", equalTo("Unit 987654321 does not exist."));
    }
}

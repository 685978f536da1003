package cn.hotline12345.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Logging in per role, by form and by HTTP Basic, and what locks an account out. */
@QuarkusTest
class LoginTest {

    @ParameterizedTest
    @CsvSource({
            "agent, AGENT, 今日来电",
            "supervisor, SUPERVISOR, 待派单",
            "handler, UNIT_HANDLER, 佛山市人力资源和社会保障局",
            "editor, KB_EDITOR, 待审核知识条目",
            "reviewer, KB_REVIEWER, 待处理的纠错建议",
            "manager, MANAGER, 运行情况通报",
            "admin, ADMIN, 启用的成员单位"})
    void eachRoleLogsInAndSeesItsOwnHomePage(String username, String role, String homeText) {
        Response login = Api.formLogin(username, DemoAccounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        String session = login.getCookie("hotline-session");
        assertThat(session).isNotBlank();
        given().cookie("hotline-session", session).when().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString(homeText));
        Api.as(username).when().get("/api/me").then().statusCode(200)
                .body("username", equalTo(username)).body("role", equalTo(role));
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPage() {
        Response login = Api.formLogin("agent", "not-the-password1");
        assertThat(login.statusCode()).isBetween(302, 303);
        assertThat(login.header("Location")).endsWith("/login");
        assertThat(login.getCookie("hotline-session")).isNullOrEmpty();
        given().cookie("hotline-login-failed", login.getCookie("hotline-login-failed")).when().get("/login").then()
                .statusCode(200).body(containsString("用户名或密码错误"));
        given().when().get("/login").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("用户名或密码错误")));
    }

    @Test
    void pagesSendStrangersToTheLoginPage() {
        given().redirects().follow(false).when().get("/admin/units").then()
                .statusCode(303).header("Location", containsString("/login"));
        given().when().get("/login").then().statusCode(200).body(containsString("登录"));
    }

    @Test
    void aUnitHandlerCannotOpenAdministrationPages() {
        String session = Api.formLogin("handler", DemoAccounts.PASSWORD).getCookie("hotline-session");
        given().cookie("hotline-session", session).when().get("/admin/units").then()
                .statusCode(403).contentType(containsString("text/html")).body(containsString("无权执行此操作"));
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        long id = Api.as("admin").body(Map.of("username", "lockme", "displayName", "锁定测试", "role", "AGENT",
                "password", "Foshan2008x")).when().post("/api/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // Proven once, so the lockout must also forget the identity reused for a few seconds.
        Api.anonymous().auth().preemptive().basic("lockme", "Foshan2008x").when().get("/api/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            Api.anonymous().auth().preemptive().basic("lockme", "wrong-" + i + "abc").when().get("/api/me").then().spec(Problems.refused(ProblemType.UNAUTHENTICATED));
        }
        // Even the right password is refused now.
        Api.anonymous().auth().preemptive().basic("lockme", "Foshan2008x").when().get("/api/me").then().spec(Problems.refused(ProblemType.UNAUTHENTICATED));
        assertThat(Db.count("select count(*) from audit_event where entity_type = 'account' and entity_id = '" + id
                + "' and action = 'account.locked-after-failures'")).isEqualTo(1);
        int version = Api.as("admin").when().get("/api/accounts/" + id).then().extract().jsonPath().getInt("version");
        Api.as("admin").body(Map.of("version", version)).when().post("/api/accounts/" + id + "/unlock").then().statusCode(200);
        Api.anonymous().auth().preemptive().basic("lockme", "Foshan2008x").when().get("/api/me").then().statusCode(200);
    }

    @Test
    void aSessionOfALockedAccountIsDroppedWithoutARedirectLoop() {
        long id = Api.as("admin").body(Map.of("username", "sessionlock", "displayName", "会话锁定", "role", "AGENT",
                "password", "Foshan2008s")).when().post("/api/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String session = Api.formLogin("sessionlock", "Foshan2008s").getCookie("hotline-session");
        given().cookie("hotline-session", session).when().get("/").then().statusCode(200);
        int version = Api.as("admin").when().get("/api/accounts/" + id).then().extract().jsonPath().getInt("version");
        Api.as("admin").body(Map.of("version", version)).when().post("/api/accounts/" + id + "/lock").then().statusCode(200);
        given().redirects().follow(false).cookie("hotline-session", session).when().get("/").then()
                .statusCode(303).header("Location", containsString("/login"))
                .header("Set-Cookie", containsString("hotline-session=;"));
        given().redirects().follow(false).when().get("/login").then().statusCode(200);
    }

    @Test
    void aLockedAccountIsRefusedAtOnceThoughItsIdentityWasJustProven() {
        long id = Api.as("admin").body(Map.of("username", "basiclock", "displayName", "基本认证锁定", "role", "AGENT",
                "password", "Foshan2008b")).when().post("/api/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // Two requests within the identity cache's lifetime: the second reuses the proven identity.
        for (int i = 0; i < 2; i++) {
            Api.anonymous().auth().preemptive().basic("basiclock", "Foshan2008b").when().get("/api/me").then()
                    .statusCode(200);
        }
        Api.anonymous().auth().preemptive().basic("basiclock", "Foshan2008x").when().get("/api/me").then()
                .spec(Problems.refused(ProblemType.UNAUTHENTICATED));
        Api.anonymous().auth().preemptive().basic("basiclock", "Foshan2008b").when().get("/api/knowledge/proposals")
                .then().spec(Problems.refused(ProblemType.FORBIDDEN));
        int version = Api.as("admin").when().get("/api/accounts/" + id).then().extract().jsonPath().getInt("version");
        Api.as("admin").body(Map.of("version", version, "role", "KB_EDITOR", "displayName", "基本认证锁定"))
                .when().put("/api/accounts/" + id).then().statusCode(200);
        Api.anonymous().auth().preemptive().basic("basiclock", "Foshan2008b").when().get("/api/knowledge/proposals")
                .then().statusCode(200);
        Api.as("admin").body(Map.of("version", version + 1)).when().post("/api/accounts/" + id + "/lock").then()
                .statusCode(200);
        Api.anonymous().auth().preemptive().basic("basiclock", "Foshan2008b").when().get("/api/me").then()
                .spec(Problems.refused(ProblemType.UNAUTHENTICATED));
    }

    @Test
    void aHandlerOfADeactivatedUnitIsRefusedAtOnce() {
        long unit = Api.as("admin").body(Map.of("code", "T-lg-" + System.nanoTime() % 100000, "name", "登录停用测试单位" + System.nanoTime(),
                "level", "CITY", "kind", "DEPARTMENT")).when().post("/api/units").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.as("admin").body(Map.of("username", "unitgone", "displayName", "停用单位经办人", "role", "UNIT_HANDLER",
                "unitId", unit, "password", "Foshan2008u")).when().post("/api/accounts").then().statusCode(201);
        Api.anonymous().auth().preemptive().basic("unitgone", "Foshan2008u").when().get("/api/me").then().statusCode(200);
        Api.as("admin").body(Map.of("version", 0)).when().post("/api/units/" + unit + "/deactivate").then().statusCode(200);
        Api.anonymous().auth().preemptive().basic("unitgone", "Foshan2008u").when().get("/api/me").then().spec(Problems.refused(ProblemType.UNAUTHENTICATED));
    }

    @Test
    void aPasswordResetEndsEveryOlderSession() {
        long id = Api.as("admin").body(Map.of("username", "sessionreset", "displayName", "会话重置", "role", "AGENT",
                "password", "Foshan2008r")).when().post("/api/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String session = Api.formLogin("sessionreset", "Foshan2008r").getCookie("hotline-session");
        given().cookie("hotline-session", session).when().get("/").then().statusCode(200)
                .body(containsString("会话重置"));
        Api.as("admin").body(Map.of("newPassword", "Foshan2009r")).when().post("/api/accounts/" + id + "/password")
                .then().statusCode(200);
        given().redirects().follow(false).cookie("hotline-session", session).when().get("/").then()
                .statusCode(303).header("Location", containsString("/login"));
        String fresh = Api.formLogin("sessionreset", "Foshan2009r").getCookie("hotline-session");
        given().cookie("hotline-session", fresh).when().get("/").then().statusCode(200);
    }

    @Test
    void theLanguageSwitchOnlyReturnsToPagesOfThisSite() {
        given().redirects().follow(false).queryParam("back", "/admin/units?page=2").when().get("/lang/en").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/admin/units?page=2"))
                .header("Set-Cookie", containsString("hotline-lang=en"));
        for (String evil : new String[] {"//evil.example/x", "/\\evil.example", "https://evil.example/", "/a b"}) {
            given().redirects().follow(false).queryParam("back", evil).when().get("/lang/en").then()
                    .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("localhost:8081/"));
        }
    }

    @Test
    void logoutClearsTheSession() {
        given().redirects().follow(false).header("Origin", "http://localhost:8081").when().post("/logout").then()
                .statusCode(303).header("Location", containsString("/login?logout=true"))
                .header("Set-Cookie", containsString("hotline-session=;"));
    }
}

package cn.hotline12345.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** Account administration against the real PostgreSQL. */
@QuarkusTest
class AccountResourceTest {

    @Test
    void createsAHandlerBoundToAUnitWithAHashedPassword() {
        long unit = Api.as("admin").queryParam("q", "440606-T001").when().get("/api/units").then()
                .extract().jsonPath().getLong("items[0].id");
        long id = Api.as("admin").body(Map.of("username", "Daliang.Handler", "displayName", "大良经办",
                        "role", "UNIT_HANDLER", "unitId", unit, "password", "Daliang2008"))
                .when().post("/api/accounts").then().statusCode(201)
                .body("username", equalTo("daliang.handler"))
                .body("unitId", equalTo((int) unit))
                .body("$", not(hasKey("passwordHash")))
                .extract().jsonPath().getLong("id");
        String hash = (String) Db.single("select password_hash from account where id = " + id);
        assertThat(hash).startsWith("$2").doesNotContain("Daliang2008");
        Api.anonymous().auth().preemptive().basic("daliang.handler", "Daliang2008").when().get("/api/units").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) unit));
    }

    @Test
    void aHandlerNeedsAUnitAndOthersMayNotHaveOne() {
        String before = Db.fingerprint("account");
        Api.as("admin").body(Map.of("username", "nounit", "displayName", "无单位", "role", "UNIT_HANDLER",
                "password", "Handler2008")).when().post("/api/accounts").then()
                .statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.as("admin").body(Map.of("username", "agentunit", "displayName", "有单位", "role", "AGENT", "unitId", 1,
                "password", "Foshan2008z")).when().post("/api/accounts").then()
                .statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.as("admin").body(Map.of("username", "weak", "displayName", "弱密码", "role", "AGENT",
                "password", "short")).when().post("/api/accounts").then()
                .statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("密码长度须为 8 到 72 位。"));
        Api.as("admin").body(Map.of("username", "agent", "displayName", "重名", "role", "AGENT",
                "password", "Another2008")).when().post("/api/accounts").then().spec(Problems.refused(ProblemType.CONFLICT));
        assertThat(Db.fingerprint("account")).isEqualTo(before);
    }

    @Test
    void resetLockAndUnlock() {
        long id = Api.as("admin").body(Map.of("username", "resetme", "displayName", "重置测试", "role", "MANAGER",
                "password", "Quarterly2008")).when().post("/api/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as("admin").body(Map.of("newPassword", "Newpass2009")).when().post("/api/accounts/" + id + "/password")
                .then().statusCode(200);
        Api.anonymous().auth().preemptive().basic("resetme", "Quarterly2008").when().get("/api/me").then().spec(Problems.refused(ProblemType.UNAUTHENTICATED));
        Api.anonymous().auth().preemptive().basic("resetme", "Newpass2009").when().get("/api/me").then().statusCode(200);
        int version = Api.as("admin").when().get("/api/accounts/" + id).then().extract().jsonPath().getInt("version");
        Api.as("admin").body(Map.of("version", version, "reason", "离职")).when().post("/api/accounts/" + id + "/lock")
                .then().statusCode(200).body("locked", equalTo(true));
        Api.anonymous().auth().preemptive().basic("resetme", "Newpass2009").when().get("/api/me").then().spec(Problems.refused(ProblemType.UNAUTHENTICATED));
        assertThat(Db.count("select count(*) from audit_event where entity_type = 'account' and entity_id = '" + id
                + "' and action in ('account.created', 'account.password-reset', 'account.locked')")).isEqualTo(3);
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
        Api.as("admin").body(Map.of("username", "selfchange", "displayName", "自助改密", "role", "AGENT",
                "password", "Hotline2008a")).when().post("/api/accounts").then().statusCode(201);
        Api.anonymous().auth().preemptive().basic("selfchange", "Hotline2008a")
                .contentType("application/json").body(Map.of("currentPassword", "wrong", "newPassword", "Hotline2008b"))
                .when().post("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        Api.anonymous().auth().preemptive().basic("selfchange", "Hotline2008a")
                .contentType("application/json").body(Map.of("currentPassword", "Hotline2008a", "newPassword", "Hotline2008b"))
                .when().post("/api/me/password").then().statusCode(200);
        Api.anonymous().auth().preemptive().basic("selfchange", "Hotline2008b").when().get("/api/me").then().statusCode(200);
    }

    @Test
    void aUnitHandlersPasswordIsResetAndTheAnswerNamesTheUnit() {
        long id = Api.as("admin").queryParam("q", "handler2").when().get("/api/accounts").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Api.as("admin").body(Map.of("newPassword", cn.hotline12345.account.DemoAccounts.PASSWORD))
                .when().post("/api/accounts/" + id + "/password").then()
                .statusCode(200).body("unitName", equalTo("佛山市南海区桂城街道办事处"));
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        long id = Api.as("admin").when().get("/api/me").then().extract().jsonPath().getLong("id");
        int version = Api.as("admin").when().get("/api/accounts/" + id).then().extract().jsonPath().getInt("version");
        Api.as("admin").body(Map.of("displayName", "系统管理员", "role", "AGENT", "version", version))
                .when().put("/api/accounts/" + id).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("最后一个"));
    }

    @Test
    void administratorsCannotLockThemselves() {
        long id = Api.as("admin").when().get("/api/me").then().extract().jsonPath().getLong("id");
        int version = Api.as("admin").when().get("/api/accounts/" + id).then().extract().jsonPath().getInt("version");
        Api.as("admin").body(Map.of("version", version)).when().post("/api/accounts/" + id + "/lock").then().spec(Problems.refused(ProblemType.RULE_VIOLATION));
    }
}

package cn.hotline12345.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.hotline12345.account.DemoAccounts;

/** Requests as one of the demo users, over HTTP Basic. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, DemoAccounts.PASSWORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Logs in through the login form, as a browser does; the answer carries the session cookie. */
    public static io.restassured.response.Response formLogin(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}

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

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}

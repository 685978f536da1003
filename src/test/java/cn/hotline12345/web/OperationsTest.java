package cn.hotline12345.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Api;

/** Health, metrics, OpenAPI and request ids, against the real PostgreSQL and Elasticsearch. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthReportsDatabaseAndSearchUp() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Elasticsearch cluster health check"));
    }

    @Test
    void metricsAndOpenApiAreForAdministratorsOnly() {
        // Without credentials the form mechanism challenges: back to the login page, no figures.
        given().redirects().follow(false).when().get("/q/metrics").then()
                .statusCode(302).header("Location", containsString("/login"));
        Api.as("agent").when().get("/q/metrics").then().statusCode(403);
        Api.as("admin").accept("text/plain").when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("hotline_logins_total"))
                .body(containsString("http_server_requests_seconds"));
        Api.as("admin").accept("application/json").when().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/units"));
    }

    @Test
    void everyResponseCarriesARequestIdThatProblemsRepeat() {
        String id = Api.as("agent").when().get("/api/units/999999").then()
                .statusCode(404)
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"))
                .extract().header(RequestIds.HEADER);
        Api.as("agent").header(RequestIds.HEADER, "trace-42").when().get("/api/units/999999").then()
                .header(RequestIds.HEADER, equalTo("trace-42"))
                .body("requestId", equalTo("trace-42"));
        org.assertj.core.api.Assertions.assertThat(id).isNotBlank();
    }
}

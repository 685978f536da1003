package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/** A call that connects on the real sandbox pops up on that agent's event stream, and only there. */
@QuarkusTest
class ScreenPopTest {

    @TestHTTPResource("/api/telephony/screen-pops")
    URL pops;

    /** Held for the test's life: a client that is no longer referenced closes its connections. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** An agent's open event stream: the data lines as they arrive. */
    private BlockingQueue<String> subscribe(String username) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        String auth = Base64.getEncoder().encodeToString((username + ":" + DemoAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(pops.toString())).header("Authorization", "Basic " + auth)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> response.body().filter(l -> l.startsWith("data:"))
                .forEach(l -> lines.add(l.substring(5))));
        reader.setDaemon(true);
        reader.start();
        // The first event says the stream is listening; it names no call.
        String first = lines.poll(10, TimeUnit.SECONDS);
        assertThat(first).contains("\"linkedId\":null");
        return lines;
    }

    @Test
    void aConnectedCallPopsUpForItsAgentOnlyWithTheCallersHistory() throws Exception {
        String number = Calls.newCallerNumber();
        long earlier = WorkOrders.registerWith("SI01", null, number, "上次来电反映的社保问题还没办好");
        BlockingQueue<String> agent = subscribe("agent");
        BlockingQueue<String> agent2 = subscribe("agent2");
        try (CallGenerator generator = Calls.generator()) {
            // Only 8001 (the demo agent) answers: if it is still busy with an earlier call, this one waits.
            generator.place(Scenario.answered(number, "2", 4).notAnsweredBy(Calls.allAgentsBut("8001")));
        }
        String pop = agent.poll(45, TimeUnit.SECONDS);
        assertThat(pop).as("screen pop for agent (8001)").isNotNull();
        assertThat(pop).contains("\"callerNumber\":\"" + number + "\"").contains("\"extension\":\"8001\"")
                .contains("\"menuChoice\":\"2\"").contains("\"id\":" + earlier).contains("/orders/new?call=");
        assertThat(agent2.poll(3, TimeUnit.SECONDS)).as("agent2 (8002) was not called").isNull();
    }

    @Test
    void theStreamIsForAgentsWithAnExtension() {
        Api.as("handler").accept("text/event-stream").when().get("/api/telephony/screen-pops").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("agent").when().get("/api/telephony/me").then().statusCode(200)
                .body("extension", org.hamcrest.Matchers.equalTo("8001"));
    }

    @Test
    void anOrderRegisteredFromACallNamesItAndAnUnknownCallIsRefused() throws Exception {
        String number = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(number, "1", 2));
        }
        CallRecord call = Calls.await(number, 1, c -> c.answeredAt != null, Duration.ofSeconds(30)).get(0);
        Map<String, Object> body = WorkOrders.fromCall(call.linkedId, number);
        long id = Api.as("agent").body(body).when().post("/api/work-orders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.as("agent").when().get("/api/work-orders/" + id).then().statusCode(200)
                .body("callLinkedId", org.hamcrest.Matchers.equalTo(call.linkedId));
        long orders = Db.count("select count(*) from work_order");
        body.put("callLinkedId", "no-such-call");
        Api.as("agent").body(body).when().post("/api/work-orders").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("callLinkedId"));
        assertThat(Db.count("select count(*) from work_order")).isEqualTo(orders);
    }
}

package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.OpsScript;

/**
 * Two instances of the packaged app against one PostgreSQL and the real Asterisk sandbox: one reads
 * AMI, the other waits; the reader is killed (kill -9) in the middle of a call and the other takes
 * over, so that call and the next are each recorded once. And a session ended on one instance is
 * refused on the other. Run by failsafe after `mvn package`.
 */
class TwoInstancesIT {

    private static final String DATABASE = "hotline_it";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final String ADMIN_PASSWORD = "Two-Instances-2026";

    private final List<Process> instances = new ArrayList<>();
    /** Every instance encrypts session cookies with the same key, as production's must. */
    private final String sessionKey = UUID.randomUUID() + "-" + UUID.randomUUID();
    private Map<String, String> db;

    @AfterEach
    void stopInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void theStandbyTakesOverWhenTheReaderDiesAndNoCallIsLostOrRecordedTwice() throws Exception {
        db = OpsScript.run("postgres.sh", "ensure", DATABASE, "--fresh");
        String es = OpsScript.run("elasticsearch.sh", "ensure").get("HOTLINE_ES_URL").replaceFirst("^https?://", "");
        Map<String, String> pbx = OpsScript.runFile("telephony/asterisk.sh", "ensure");

        Process first = start("a", 18091, 4573, es, pbx);
        awaitState(18091, "CONNECTED");
        Process second = start("b", 18092, 4574, es, pbx);
        awaitState(18092, "STANDBY");

        String during = Calls.newCallerNumber();
        String after = Calls.newCallerNumber();
        try (CallGenerator generator = Calls.generator()) {
            generator.place(Scenario.answered(during, "1", 20));
            awaitCall(during, "CONNECTED");
            // The reader dies without a word: its database session ends, and with it the leadership.
            first.destroyForcibly().waitFor();
            awaitState(18092, "CONNECTED");
            generator.place(Scenario.answered(after, "2", 2));
        }
        Map<String, Object> taken = awaitCall(during, "ENDED");
        assertThat(taken.get("completed_by")).as("its end read by the new reader").isEqualTo("agent");
        assertThat(taken.get("talk_seconds")).isNotNull();
        Map<String, Object> next = awaitCall(after, "ENDED");
        assertThat(next.get("agent_extension")).isNotNull();
        assertThat(count("select count(*) from call_record where caller_number in (?, ?)", during, after)).isEqualTo(2);
        assertThat(second.isAlive()).isTrue();
    }

    @Test
    void aSessionEndedOnOneInstanceIsRefusedOnTheOther() throws Exception {
        db = OpsScript.run("postgres.sh", "ensure", DATABASE, "--fresh");
        String es = OpsScript.run("elasticsearch.sh", "ensure").get("HOTLINE_ES_URL").replaceFirst("^https?://", "");
        Map<String, String> pbx = OpsScript.runFile("telephony/asterisk.sh", "ensure");
        start("a", 18091, 4573, es, pbx);
        start("b", 18092, 4574, es, pbx);

        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:18091/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hotline-session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        assertThat(me(18092, cookie)).as("the session read on the other instance").isEqualTo(200);

        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:18091/logout"))
                .header("Cookie", cookie).header("Origin", "http://127.0.0.1:18091")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(me(18091, cookie)).as("at once where it was ended").isEqualTo(401);
        // The other instance reuses an identity it proved for a few seconds (hotline.account.identity-cache-ttl).
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (me(18092, cookie) != 401) {
            assertThat(System.nanoTime()).as("ended on the other instance too").isLessThan(deadline);
            Thread.sleep(250);
        }
        assertThat(count("select count(*) from ended_session where username = ?", "admin")).isEqualTo(1);
    }

    private static int me(int port, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me")).header("Cookie", cookie)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Process start(String name, int httpPort, int agiPort, String es, Map<String, String> pbx) throws Exception {
        File log = new File("target/it-instance-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("HOTLINE_HTTP_PORT", Integer.toString(httpPort));
        env.put("HOTLINE_DB_URL", db.get("HOTLINE_DB_URL"));
        env.put("HOTLINE_DB_USER", db.get("HOTLINE_DB_USER"));
        env.put("HOTLINE_DB_PASSWORD", db.get("HOTLINE_DB_PASSWORD"));
        env.put("HOTLINE_ES_HOSTS", es);
        env.put("HOTLINE_KNOWLEDGE_INDEX", "it-knowledge");
        env.put("HOTLINE_KNOWLEDGE_DEMO_CORPUS", "false");
        env.put("HOTLINE_SESSION_KEY", sessionKey);
        env.put("HOTLINE_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HOTLINE_LOG_JSON", "false");
        env.put("HOTLINE_SLA_SWEEP_EVERY", "off");
        env.put("HOTLINE_TELEPHONY", "true");
        env.put("HOTLINE_TELEPHONY_AGI_PORT", Integer.toString(agiPort));
        for (String key : List.of("HOTLINE_AMI_HOST", "HOTLINE_AMI_PORT", "HOTLINE_AMI_USERNAME", "HOTLINE_AMI_SECRET",
                "HOTLINE_TELEPHONY_AGENT_INTERFACE", "HOTLINE_TELEPHONY_CALLBACK_CONTEXT")) {
            env.put(key, pbx.get(key));
        }
        Process process = builder.start();
        instances.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status(httpPort, "/q/health/ready") != 200) {
            assertThat(process.isAlive()).as("instance " + name + " running; see " + log).isTrue();
            assertThat(System.nanoTime()).as("instance " + name + " ready; see " + log).isLessThan(deadline);
            Thread.sleep(250);
        }
        return process;
    }

    /** Waits until the instance's telephony wellness check reports this AMI state. */
    private static void awaitState(int httpPort, String state) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        java.util.regex.Pattern reported = java.util.regex.Pattern.compile("\"state\"\\s*:\\s*\"" + state + "\"");
        while (!reported.matcher(body(httpPort, "/q/health/well")).find()) {
            assertThat(System.nanoTime()).as("instance on " + httpPort + " " + state + ": "
                    + body(httpPort, "/q/health/well")).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private Map<String, Object> awaitCall(String callerNumber, String state) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Map<String, Object> call = call(callerNumber);
            if (call != null && state.equals(call.get("state")) && (!"ENDED".equals(state) || call.get("talk_seconds") != null)) {
                return call;
            }
            assertThat(System.nanoTime()).as("call of " + callerNumber + " " + state + ": " + call).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private Map<String, Object> call(String callerNumber) throws Exception {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "select state, agent_extension, talk_seconds, completed_by from call_record where caller_number = ?")) {
            query.setString(1, callerNumber);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Map<String, Object> call = new HashMap<>();
                for (String column : List.of("state", "agent_extension", "talk_seconds", "completed_by")) {
                    call.put(column, rows.getObject(column));
                }
                return call;
            }
        }
    }

    private long count(String sql, String... values) throws Exception {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(db.get("HOTLINE_DB_URL"), db.get("HOTLINE_DB_USER"), db.get("HOTLINE_DB_PASSWORD"));
    }

    private static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    private static String body(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "";
        }
    }
}

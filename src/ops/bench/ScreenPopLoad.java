import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.hotline12345.telephony.CallGenerator;

/**
 * The telephony benchmark's screen-pop load (docs/benchmarks.md): AGENTS agents' event streams
 * open, then as many calls on the real sandbox, each answered and kept talking, so that all are in
 * progress at once. For every pop: from the PBX's AgentConnect (its own timestamp) to the event
 * read by the agent's client; beside it, the same AgentConnect read straight from AMI.
 *
 *   java ScreenPopLoad BASE_URL USER_PREFIX PASSWORD AGENTS PER_SECOND AMI_PORT CALLGEN_USER CALLGEN_SECRET AMI_USER AMI_SECRET
 */
public class ScreenPopLoad {

    private static final Pattern ANSWERED = Pattern.compile("\"answeredAt\":\"([^\"]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("Timestamp: (\\d+\\.\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String prefix = args[1];
        String password = args[2];
        int agents = Integer.parseInt(args[3]);
        double perSecond = Double.parseDouble(args[4]);
        int amiPort = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> popMillis = Collections.synchronizedList(new ArrayList<>());
        List<Double> amiMillis = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch listening = new CountDownLatch(agents);
        CountDownLatch popped = new CountDownLatch(agents);
        for (int i = 1; i <= agents; i++) {
            String user = String.format("%s%02d", prefix, i);
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/telephony/screen-pops"))
                    .header("Authorization", "Basic " + auth).header("Accept", "text/event-stream").GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                Stream<String> lines = response.body();
                lines.filter(l -> l.startsWith("data:")).forEach(line -> {
                    Matcher answered = ANSWERED.matcher(line);
                    if (answered.find()) {
                        popMillis.add((System.currentTimeMillis() - Instant.parse(answered.group(1)).toEpochMilli()) * 1.0);
                        popped.countDown();
                    } else {
                        listening.countDown();
                    }
                });
            });
        }
        if (!listening.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every agent's event stream opened: " + listening.getCount() + " missing");
        }
        Thread ami = new Thread(() -> rawAgentConnects(amiPort, args[8], args[9], amiMillis));
        ami.setDaemon(true);
        ami.start();
        Thread.sleep(500);
        try (CallGenerator generator = new CallGenerator("127.0.0.1", amiPort, args[6], args[7])) {
            long started = System.nanoTime();
            for (int i = 0; i < agents; i++) {
                generator.place(CallGenerator.Scenario.answered(String.format("1360000%04d", i), "1", 120));
                long due = started + (long) ((i + 1) * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000);
                }
            }
        }
        boolean all = popped.await(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        report("screen pop, AgentConnect -> agent's event stream (app)", popMillis, agents);
        report("AgentConnect -> AMI client (raw PBX)", amiMillis, agents);
        if (!all) {
            System.out.printf("only %d of %d pops arrived within 60 s%n", agents - popped.getCount(), agents);
        }
        System.exit(0);
    }

    private static void rawAgentConnects(int port, String user, String secret, List<Double> millis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            out.write(("Action: Login\r\nUsername: " + user + "\r\nSecret: " + secret + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder block = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    block.append(line).append('\n');
                    continue;
                }
                long now = System.currentTimeMillis();
                if (block.toString().startsWith("Event: AgentConnect")) {
                    Matcher t = TIMESTAMP.matcher(block);
                    if (t.find()) {
                        millis.add(now - Double.parseDouble(t.group(1)) * 1000);
                    }
                }
                block.setLength(0);
            }
        } catch (Exception e) {
            // the bench is over
        }
    }

    private static void report(String name, List<Double> values, int expected) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("%s: none%n", name);
            return;
        }
        System.out.printf("%s: %d of %d; ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n", name, sorted.size(), expected,
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load generator of the benchmarks (docs/benchmarks.md). JDK only, so the bench script
 * compiles and runs it without the project's classpath. Bounded in count; loopback only.
 *
 *   java HttpLoad orders BASE_URL USER PASSWORD COUNT CONCURRENCY CATEGORY_ID UNIT_ID
 *       registers COUNT work orders and dispatches each (two requests per order)
 *   java HttpLoad orders-one-step BASE_URL USER PASSWORD COUNT CONCURRENCY CATEGORY_ID UNIT_ID
 *       registers and dispatches COUNT work orders, one request each (受理并派单)
 *   java HttpLoad get BASE_URL USER PASSWORD PATH COUNT CONCURRENCY
 *       GETs PATH COUNT times
 *   java HttpLoad search BASE_URL USER PASSWORD QUESTIONS_FILE COUNT CONCURRENCY
 *   java HttpLoad es-search INDEX_URL - - BODIES_FILE COUNT CONCURRENCY
 *       the knowledge search through the app, and the same request bodies straight to Elasticsearch
 *
 * Each of the CONCURRENCY clients sends its next request as soon as the last one is answered, unless
 * -Dpace=MILLIS is given: then each client (an agent) sends one request every MILLIS, on a fixed
 * schedule, and a latency counts from the moment the request was due, so a slow answer that delays
 * the next request is not hidden.
 */
public class HttpLoad {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    /** The order's own version: the Detail answer lists it just before its dispatches. */
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+),\"dispatches\"");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[2] + ":" + args[3]).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (mode.equals("orders")) {
            int count = Integer.parseInt(args[4]);
            int concurrency = Integer.parseInt(args[5]);
            String category = args[6];
            String unit = args[7];
            run("register+dispatch", count, concurrency, i -> {
                String body = "{\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"categoryId\":" + category
                        + ",\"callerNumber\":\"139" + String.format("%08d", i) + "\",\"citizenText\":\"压测工单 " + i
                        + " 小区路灯不亮\",\"summary\":\"压测工单 " + i + "\"}";
                String created = send(client, post(base + "/api/work-orders", auth, body), 201);
                Matcher id = ID.matcher(created);
                id.find();
                Matcher version = VERSION.matcher(created);
                String v = version.find() ? version.group(1) : "0";
                send(client, post(base + "/api/work-orders/" + id.group(1) + "/dispatch", auth,
                        "{\"leadUnitId\":" + unit + ",\"version\":" + v + "}"), 200);
            });
        } else if (mode.equals("orders-one-step")) {
            int count = Integer.parseInt(args[4]);
            int concurrency = Integer.parseInt(args[5]);
            String category = args[6];
            String unit = args[7];
            run("register+dispatch in one request", count, concurrency, i -> send(client, post(base + "/api/work-orders",
                    auth, "{\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"categoryId\":" + category
                            + ",\"callerNumber\":\"137" + String.format("%08d", i) + "\",\"citizenText\":\"压测工单 " + i
                            + " 小区路灯不亮\",\"summary\":\"压测工单 " + i + "\",\"dispatch\":{\"leadUnitId\":" + unit
                            + "}}"), 201));
        } else if (mode.equals("search")) {
            // The relevance set's questions through the app's search API, round robin.
            List<String> questions = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[4]), StandardCharsets.UTF_8);
            int count = Integer.parseInt(args[5]);
            int concurrency = Integer.parseInt(args[6]);
            run("app search API", count, concurrency, i -> send(client, HttpRequest.newBuilder(URI.create(base
                    + "/api/knowledge/search?size=10&q=" + java.net.URLEncoder.encode(questions.get(i % questions.size()),
                            StandardCharsets.UTF_8))).header("Authorization", auth).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build(), 200));
        } else if (mode.equals("es-search")) {
            // The very request bodies the app sends, straight to Elasticsearch (base = the index URL).
            List<String> bodies = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[4]), StandardCharsets.UTF_8);
            int count = Integer.parseInt(args[5]);
            int concurrency = Integer.parseInt(args[6]);
            run("raw Elasticsearch _search", count, concurrency, i -> send(client, HttpRequest.newBuilder(
                    URI.create(base + "/_search")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(
                            bodies.get(i % bodies.size()))).build(), 200));
        } else {
            String path = args[4];
            int count = Integer.parseInt(args[5]);
            int concurrency = Integer.parseInt(args[6]);
            run("GET " + path, count, concurrency, i -> send(client,
                    HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build(), 200));
        }
    }

    interface Step {
        void run(int i) throws Exception;
    }

    static void run(String name, int count, int concurrency, Step step) throws Exception {
        long pace = Long.getLong("pace", 0) * 1_000_000;
        if (pace > 0) {
            name += String.format(" (each client once every %d ms)", pace / 1_000_000);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            long offset = pace * t / concurrency;
            workers.add(pool.submit(() -> {
                int i;
                long due = started + offset;
                while ((i = next.getAndIncrement()) < count) {
                    long t0 = System.nanoTime();
                    if (pace > 0) {
                        if (due > t0) {
                            Thread.sleep((due - t0) / 1_000_000, (int) ((due - t0) % 1_000_000));
                        }
                        t0 = due;
                        due += pace;
                    }
                    try {
                        step.run(i);
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println("failure: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d done, %d failed in %.2f s = %.0f per second; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
                name, sorted.size(), failures.get(), seconds, sorted.size() / seconds, pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static HttpRequest post(String url, String auth, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String send(HttpClient client, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hotline12345.testing.ScriptedAmiPeer;

/**
 * The telephony benchmark's AMI peer (docs/benchmarks.md). JDK only.
 *
 *   java AmiReplay record HOST PORT USER SECRET SECONDS OUT
 *       logs in to the real PBX and writes every event block it sends during SECONDS (the bench
 *       places one call meanwhile): a real call's AMI traffic, as the template
 *   java AmiReplay serve PORT TEMPLATE CALLS DELAY_SECONDS
 *       an AMI server for the app's adapter (the tests' ScriptedAmiPeer: it answers the login and
 *       actions like Asterisk 22), then (DELAY_SECONDS after the login, when the app has settled)
 *       sends CALLS copies of the template's events as fast as the socket takes them, each copy with
 *       its own Uniqueid/Linkedid, caller number and later timestamps; prints events sent and time
 */
public class AmiReplay {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]+-\\d{10}\\.\\d+");
    private static final Pattern TIMESTAMP = Pattern.compile("^Timestamp: (\\d+\\.\\d+)$", Pattern.MULTILINE);

    public static void main(String[] args) throws Exception {
        if (args[0].equals("record")) {
            record(args[1], Integer.parseInt(args[2]), args[3], args[4], Integer.parseInt(args[5]), Path.of(args[6]));
        } else {
            serve(Integer.parseInt(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
    }

    static void record(String host, int port, String user, String secret, int seconds, Path out) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(500);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream os = socket.getOutputStream();
            in.readLine();
            os.write(("Action: Login\r\nUsername: " + user + "\r\nSecret: " + secret + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            List<String> blocks = new ArrayList<>();
            StringBuilder block = new StringBuilder();
            long until = System.currentTimeMillis() + seconds * 1000L;
            while (System.currentTimeMillis() < until) {
                String line;
                try {
                    line = in.readLine();
                } catch (java.net.SocketTimeoutException e) {
                    continue;
                }
                if (line == null) {
                    break;
                }
                if (line.isEmpty()) {
                    if (block.toString().startsWith("Event: ") && !block.toString().startsWith("Event: FullyBooted")) {
                        blocks.add(block.toString());
                    }
                    block.setLength(0);
                } else {
                    block.append(line).append("\r\n");
                }
            }
            Files.writeString(out, String.join("\r\n", blocks) + "\r\n");
            System.out.printf("recorded %d events%n", blocks.size());
        }
    }

    static void serve(int port, Path template, int calls, int delaySeconds) throws Exception {
        List<String> events = new ArrayList<>();
        for (String block : Files.readString(template).split("\r\n\r\n")) {
            if (!block.isBlank()) {
                events.add(block.strip() + "\r\n\r\n");
            }
        }
        Matcher t0 = TIMESTAMP.matcher(events.get(0));
        double first = t0.find() ? Double.parseDouble(t0.group(1)) : 0;
        try (ScriptedAmiPeer peer = new ScriptedAmiPeer(port)) {
            System.out.printf("serving %d events per call, %d calls on port %d%n", events.size(), calls, port);
            if (!peer.awaitLogins(1, 300_000)) {
                throw new IllegalStateException("the adapter never logged in");
            }
            Thread.sleep(delaySeconds * 1000L);
            long start = System.nanoTime();
            double base = System.currentTimeMillis() / 1000.0;
            long sent = 0;
            StringBuilder chunk = new StringBuilder();
            for (int call = 0; call < calls; call++) {
                Map<String, String> ids = new LinkedHashMap<>();
                String number = String.format("1370%07d", call);
                for (String event : events) {
                    String copy = rewriteIds(event, ids, call);
                    copy = copy.replaceAll("CallerIDNum: 1\\d{10}", "CallerIDNum: " + number);
                    Matcher t = TIMESTAMP.matcher(copy);
                    if (t.find()) {
                        double at = base + call * 0.001 + (Double.parseDouble(t.group(1)) - first);
                        copy = t.replaceFirst(String.format(java.util.Locale.ROOT, "Timestamp: %.6f", at));
                    }
                    chunk.append(copy);
                    sent++;
                }
                if (call % 50 == 49 || call == calls - 1) {
                    peer.send(chunk.toString());
                    chunk.setLength(0);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("sent %d events (%d calls) in %.2f s = %.0f events/s%n", sent, calls, seconds, sent / seconds);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE); // keep answering the adapter until the bench stops us
        }
    }

    private static String rewriteIds(String event, Map<String, String> ids, int call) {
        Matcher m = ID.matcher(event);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String replacement = ids.computeIfAbsent(m.group(), k -> "bench-" + call + "." + ids.size());
            m.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(result);
        return result.toString();
    }
}

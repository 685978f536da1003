import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
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

/**
 * The telephony benchmark's AMI peer (docs/benchmarks.md). JDK only.
 *
 *   java AmiReplay record HOST PORT USER SECRET SECONDS OUT
 *       logs in to the real PBX and writes every event block it sends during SECONDS (the bench
 *       places one call meanwhile): a real call's AMI traffic, as the template
 *   java AmiReplay serve PORT TEMPLATE CALLS DELAY_SECONDS
 *       an AMI server for the app's adapter: answers its login and actions like Asterisk 22, then
 *       (DELAY_SECONDS after the login, when the app has settled)
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
        try (ServerSocket server = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            System.out.printf("serving %d events per call, %d calls on port %d%n", events.size(), calls, port);
            while (true) {
                Socket socket = server.accept();
                new Thread(() -> session(socket, events, first, calls, delaySeconds)).start();
            }
        }
    }

    private static void session(Socket socket, List<String> events, double first, int calls, int delaySeconds) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
            Object lock = new Object();
            out.print("Asterisk Call Manager/11.0.0\r\n");
            out.flush();
            boolean[] loggedIn = {false};
            Thread actions = new Thread(() -> {
                try {
                    Map<String, String> action = new LinkedHashMap<>();
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (!line.isEmpty()) {
                            int colon = line.indexOf(':');
                            if (colon > 0) {
                                action.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
                            }
                            continue;
                        }
                        String id = action.getOrDefault("actionid", "");
                        String name = action.getOrDefault("action", "").toLowerCase();
                        String answer = switch (name) {
                            case "login" -> "Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n";
                            case "ping" -> "Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\nTimestamp: 0\r\n\r\n";
                            case "coresettings" -> "Response: Success\r\nActionID: " + id
                                    + "\r\nAMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\nSystemName: bench\r\n\r\n";
                            case "coreshowchannels" -> "Response: Success\r\nActionID: " + id
                                    + "\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\nEvent: CoreShowChannelsComplete\r\nActionID: "
                                    + id + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n";
                            case "logoff" -> "Response: Goodbye\r\nActionID: " + id + "\r\n\r\n";
                            default -> "Response: Success\r\nActionID: " + id + "\r\n\r\n";
                        };
                        synchronized (lock) {
                            out.print(answer);
                            out.flush();
                        }
                        if (name.equals("login")) {
                            synchronized (loggedIn) {
                                loggedIn[0] = true;
                                loggedIn.notifyAll();
                            }
                        }
                        action.clear();
                    }
                } catch (IOException e) {
                    // the client went away
                }
            });
            actions.start();
            synchronized (loggedIn) {
                while (!loggedIn[0]) {
                    loggedIn.wait();
                }
            }
            Thread.sleep(delaySeconds * 1000L);
            long start = System.nanoTime();
            double base = System.currentTimeMillis() / 1000.0;
            long sent = 0;
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
                    synchronized (lock) {
                        out.print(copy);
                    }
                    sent++;
                }
                if (call % 50 == 0) {
                    synchronized (lock) {
                        out.flush();
                    }
                }
            }
            synchronized (lock) {
                out.flush();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("sent %d events (%d calls) in %.2f s = %.0f events/s%n", sent, calls, seconds, sent / seconds);
            System.out.flush();
            actions.join();
        } catch (Exception e) {
            System.err.println("session ended: " + e.getMessage());
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

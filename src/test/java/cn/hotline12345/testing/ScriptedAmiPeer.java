package cn.hotline12345.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted AMI peer, for the faults a real Asterisk cannot be made to produce on purpose (a
 * garbled line in the event stream) and for the telephony benchmark's replay of a real call at a
 * rate no sandbox reaches. It answers the adapter's login and actions as Asterisk 22 does and
 * writes whatever it is given to the adapter's connection. JDK only: the benchmark compiles it
 * with its own tools (src/ops/bench-telephony.sh).
 */
public final class ScriptedAmiPeer implements AutoCloseable {

    private final ServerSocket server;
    private volatile OutputStream client;
    private final AtomicInteger logins = new AtomicInteger();

    public ScriptedAmiPeer() {
        this(0);
    }

    /** On a given port (0: any free one). */
    public ScriptedAmiPeer(int port) {
        try {
            server = new ServerSocket(port, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "scripted-ami-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many times the adapter has logged in. */
    public int logins() {
        return logins.get();
    }

    /** Waits until the adapter has logged in at least this many times. */
    public boolean awaitLogins(int count, long timeoutMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (logins.get() < count && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        return logins.get() >= count;
    }

    /** Sends raw text (events, or anything else) to the connected adapter. */
    public synchronized void send(String text) throws IOException {
        long until = System.currentTimeMillis() + 10_000;
        while (client == null && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (client == null) {
            throw new IOException("the adapter has not connected");
        }
        client.write(text.getBytes(StandardCharsets.UTF_8));
        client.flush();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> session(socket), "scripted-ami-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            synchronized (this) {
                out.write("Asterisk Call Manager/11.0.0\r\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            Map<String, String> action = new HashMap<>();
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
                    case "ping" -> "Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\n\r\n";
                    case "coresettings" -> "Response: Success\r\nActionID: " + id
                            + "\r\nAMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\n\r\n";
                    case "coreshowchannels" -> "Response: Success\r\nActionID: " + id
                            + "\r\nEventList: start\r\n\r\nEvent: CoreShowChannelsComplete\r\nActionID: " + id
                            + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n";
                    default -> "Response: Success\r\nActionID: " + id + "\r\n\r\n";
                };
                synchronized (this) {
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (name.equals("login")) {
                        client = out;
                        logins.incrementAndGet();
                    }
                }
                action.clear();
            }
        } catch (IOException e) {
            // the adapter went away
        } finally {
            client = null;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

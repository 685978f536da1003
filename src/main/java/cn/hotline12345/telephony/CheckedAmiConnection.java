package cn.hotline12345.telephony;

import java.io.IOException;
import java.net.InetAddress;

import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.util.SocketConnectionFacade;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;

/**
 * The AMI library's connection, with its socket's lines checked on the way in: the library drops a
 * line that is not "Name: value" without a word, so a garbled line is logged and counted here
 * (then dropped by the library as before: never fatal).
 */
final class CheckedAmiConnection extends ManagerConnectionImpl {

    private static final Logger LOG = Logger.getLogger(CheckedAmiConnection.class);
    private static final int SHOWN = 200;

    private final Counter garbled;

    CheckedAmiConnection(String host, int port, String username, String secret, Counter garbled) {
        this.garbled = garbled;
        setHostname(host);
        setPort(port);
        setUsername(username);
        setPassword(secret);
    }

    @Override
    protected SocketConnectionFacade createSocket() throws IOException {
        SocketConnectionFacade socket = super.createSocket();
        return new SocketConnectionFacade() {
            private boolean first = true;

            @Override
            public String readLine() throws IOException {
                String line = socket.readLine();
                if (line != null && !line.isEmpty() && !first && !wellFormed(line)) {
                    garbled.increment();
                    LOG.warnf("skipped a line from the PBX that is not an AMI header: \"%s\"", printable(line));
                }
                first = false;
                return line;
            }

            @Override
            public void write(String s) throws IOException {
                socket.write(s);
            }

            @Override
            public void flush() throws IOException {
                socket.flush();
            }

            @Override
            public void close() throws IOException {
                socket.close();
            }

            @Override
            public boolean isConnected() {
                return socket.isConnected();
            }

            @Override
            public InetAddress getLocalAddress() {
                return socket.getLocalAddress();
            }

            @Override
            public int getLocalPort() {
                return socket.getLocalPort();
            }

            @Override
            public InetAddress getRemoteAddress() {
                return socket.getRemoteAddress();
            }

            @Override
            public int getRemotePort() {
                return socket.getRemotePort();
            }
        };
    }

    /** A header "Name: value" (the value may be empty), as every AMI line after the banner is. */
    static boolean wellFormed(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return line.length() == colon + 1 || line.charAt(colon + 1) == ' ';
    }

    private static String printable(String line) {
        StringBuilder shown = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (shown.length() >= SHOWN) {
                shown.append('…');
                break;
            }
            shown.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
        }
        return shown.toString();
    }
}

package org.openhall.bootstrap.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A supervision system that hangs: it accepts the feed's connection, reads what it is sent and never
 * answers. A feed listener sending to it waits for as long as the feed's HTTP timeout allows, and
 * holds the thread it runs on meanwhile.
 */
final class SilentReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesRead = new AtomicLong();

    private SilentReceiver(ServerSocket server) {
        this.server = server;
    }

    static SilentReceiver start() {
        try {
            SilentReceiver receiver = new SilentReceiver(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread.ofVirtual().name("silent-receiver").start(receiver::acceptForever);
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.add(connection);
                Thread.ofVirtual().start(() -> readAndNeverAnswer(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void readAndNeverAnswer(Socket connection) {
        byte[] buffer = new byte[4096];
        try (InputStream in = connection.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytesRead.addAndGet(n);
            }
        } catch (IOException closed) {
            // the sender went away (killed) or the receiver was closed
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/events";
    }

    /** Whether a request arrived: a feed listener is now waiting for the answer. */
    boolean holdsARequest() {
        return bytesRead.get() > 0;
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket connection : connections) {
                connection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

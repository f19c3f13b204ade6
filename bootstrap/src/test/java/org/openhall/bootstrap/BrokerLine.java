package org.openhall.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network line between the application and the RabbitMQ broker on 127.0.0.1:5672, which a test can
 * cut: every open connection is dropped and new ones are hung up on until the line is back. The broker
 * itself is shared with other users of the machine, so the test cuts the line rather than stopping it.
 */
final class BrokerLine implements AutoCloseable {

    private final ServerSocket server;
    private final int brokerPort;
    private volatile boolean up = true;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    BrokerLine(int brokerPort) throws IOException {
        this.brokerPort = brokerPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void cut() {
        up = false;
        open.forEach(BrokerLine::quietlyClose);
        open.clear();
    }

    void restore() {
        up = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!up) {
                    client.close();
                    continue;
                }
                Socket broker = new Socket(InetAddress.getLoopbackAddress(), brokerPort);
                open.add(client);
                open.add(broker);
                Thread.ofVirtual().start(() -> pipe(client, broker));
                Thread.ofVirtual().start(() -> pipe(broker, client));
            } catch (IOException e) {
                // The server socket closed, or one connection failed: the loop decides.
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // The line was cut or a side closed.
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all we wanted.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        server.close();
    }
}

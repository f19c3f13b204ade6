package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.context.SmartLifecycle;

/**
 * A FastAGI server (Asterisk Gateway Interface over TCP): Asterisk connects once per call that
 * enters {@code AGI(agi://host:port/ivr)}, sends the call's {@code agi_*} environment, and then
 * carries out one command at a time. Each call runs on a virtual thread of its own; at most
 * {@code maxSessions} at once, further connections are closed at once so that Asterisk falls
 * back to its dial plan instead of waiting.
 */
@PrimaryAdapter
public class FastAgiServer implements SmartLifecycle {

    private static final System.Logger LOG = System.getLogger(FastAgiServer.class.getName());

    private final FastAgiProperties properties;
    private final IvrCaseStatusScript script;
    private final Semaphore sessions;
    private volatile ServerSocket server;

    public FastAgiServer(FastAgiProperties properties, IvrCaseStatusScript script) {
        this.properties = properties;
        this.script = script;
        this.sessions = new Semaphore(properties.maxSessions());
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(properties.bindAddress()), properties.port()));
            server = socket;
        } catch (IOException e) {
            throw new UncheckedIOException("FastAGI cannot listen on " + properties.bindAddress() + ":"
                    + properties.port(), e);
        }
        Thread.ofPlatform().name("fastagi-accept").daemon().start(this::acceptCalls);
        LOG.log(System.Logger.Level.INFO, "FastAGI listening on {0}:{1,number,#}", properties.bindAddress(), port());
    }

    /** The port listened on; with port 0 configured, the one the system picked. */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptCalls() {
        ServerSocket socket = server;
        while (!socket.isClosed()) {
            try {
                Socket call = socket.accept();
                if (!sessions.tryAcquire()) {
                    LOG.log(System.Logger.Level.WARNING, "FastAGI busy: a call was refused");
                    call.close();
                    continue;
                }
                Thread.ofVirtual().name("fastagi-call").start(() -> serve(call));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "FastAGI accept failed", e);
                }
            }
        }
    }

    private void serve(Socket call) {
        try (call) {
            call.setSoTimeout((int) properties.commandTimeout().toMillis());
            // AGI is a line protocol in ASCII; Latin-1 passes any byte through unharmed.
            AgiChannel channel = new AgiChannel(
                    new BufferedReader(new InputStreamReader(call.getInputStream(), StandardCharsets.ISO_8859_1)),
                    new BufferedWriter(new OutputStreamWriter(call.getOutputStream(), StandardCharsets.ISO_8859_1)));
            script.run(channel.readRequest(), channel);
        } catch (AgiHangup hangup) {
            LOG.log(System.Logger.Level.DEBUG, "FastAGI call ended: {0}", hangup.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "FastAGI call failed", e);
        } finally {
            sessions.release();
        }
    }

    @Override
    public synchronized void stop() {
        ServerSocket socket = server;
        server = null;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "FastAGI socket did not close cleanly", e);
            }
        }
        // Calls under way finish on their own: their sockets stay open until the caller is done.
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}

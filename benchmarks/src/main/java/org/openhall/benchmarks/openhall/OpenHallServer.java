package org.openhall.benchmarks.openhall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhall.benchmarks.load.JsonHttp;
import org.openhall.benchmarks.support.BenchDatabase;

/**
 * The real OpenHall server: the bootstrap module's executable jar in a JVM of its own, on a benchmark
 * database, on a port of its own. Start-up is the wall time from starting the process to the first
 * answer to a signed-in clerk's case list; the server's own "Started … in" line is kept beside it.
 */
public final class OpenHallServer implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started OpenHallApplication in ([0-9.]+) seconds");

    private final Process process;
    private final Path log;
    private final double startupSeconds;
    private final int port;

    private OpenHallServer(Process process, Path log, double startupSeconds, int port) {
        this.process = process;
        this.log = log;
        this.startupSeconds = startupSeconds;
        this.port = port;
    }

    public static OpenHallServer start(Path jar, BenchDatabase db, int port, Path log, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                // A throwaway benchmark database: its personal data may be sealed with the public demo keys.
                "--openhall.personal-data.allow-demo-keys=true"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OPENHALL_DB_URL", db.jdbcUrl());
        pb.environment().put("OPENHALL_DB_USER", db.user());
        pb.environment().put("OPENHALL_DB_PASSWORD", db.password());
        long t0 = System.nanoTime();
        Process p = pb.start();
        // Ready means a clerk can work: on a first start the county pack (and with it the staff accounts)
        // is imported, in one transaction, after the web server already answers. The public list of
        // departments shows when that happened; only then does the clerk sign in, once: signing in
        // while the accounts are not there yet would count as failed attempts and lock the account.
        JsonHttp anonymous = new JsonHttp("http://127.0.0.1:" + port, null);
        long deadline = t0 + Duration.ofMinutes(5).toNanos();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("OpenHall exited with " + p.exitValue() + " while starting; see " + log);
            }
            try {
                if (anonymous.getBody("/api/v1/departments").contains("\"code\"")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("OpenHall did not start within 5 minutes; see " + log);
            }
            Thread.sleep(50);
        }
        JsonHttp clerk = new JsonHttp("http://127.0.0.1:" + port, OpenHallCaseTransitions.CLERK);
        int status = clerk.get("/api/v1/cases?size=1");
        if (status != 200) {
            p.destroyForcibly();
            throw new IllegalStateException("the clerk's case list answered " + status + " after start; see " + log);
        }
        return new OpenHallServer(p, log, (System.nanoTime() - t0) / 1e9, port);
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public double startupSeconds() {
        return startupSeconds;
    }

    /** The JVM's own figure for the start ("Started OpenHallApplication in … seconds"), or -1. */
    public double reportedStartupSeconds() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}

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
 * The real OpenHall server in a JVM of its own, on a benchmark database, on a port of its own: as
 * {@code bin/openhall} starts it (the layout the README ships), or from the executable jar. Start-up is the wall time from starting the process to the first
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
        cmd.addAll(List.of("-jar", jar.toString()));
        return start(new ProcessBuilder(cmd), db, port, log);
    }

    /**
     * Starts the server as the README does, with {@code bin/openhall}: the extracted jar on the JDK's
     * ahead-of-time cache with the shipped JVM options, or {@code javaOptions} instead of those when not
     * empty. The script replaces itself with the JVM, so the process measured is the server's.
     */
    public static OpenHallServer startShipped(Path script, BenchDatabase db, int port, Path log,
            List<String> javaOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(script.toString());
        shippedEnvironment(pb, javaOptions);
        return start(pb, db, port, log);
    }

    /**
     * What {@code bin/openhall} does once per build before the first start: extract the jar and train
     * the ahead-of-time cache on {@code db} (a run that starts the context and exits).
     */
    public static void prepareShipped(Path script, BenchDatabase db, Path log, List<String> javaOptions)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(script.toString(), "--openhall.personal-data.allow-demo-keys=true");
        shippedEnvironment(pb, javaOptions);
        pb.environment().put("OPENHALL_PREPARE", "1");
        environment(pb, db);
        run(pb, log);
    }

    private static void shippedEnvironment(ProcessBuilder pb, List<String> javaOptions) {
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (!javaOptions.isEmpty()) {
            pb.environment().put("OPENHALL_JAVA_OPTS", String.join(" ", javaOptions));
        }
    }

    private static OpenHallServer start(ProcessBuilder pb, BenchDatabase db, int port, Path log)
            throws IOException, InterruptedException {
        pb.command().addAll(List.of("--server.port=" + port,
                // A throwaway benchmark database: its personal data may be sealed with the public demo keys.
                "--openhall.personal-data.allow-demo-keys=true"));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        environment(pb, db);
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

    private static void run(ProcessBuilder pb, Path log) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", pb.command()) + " failed; see " + log);
        }
    }

    private static void environment(ProcessBuilder pb, BenchDatabase db) {
        pb.environment().put("OPENHALL_DB_URL", db.jdbcUrl());
        pb.environment().put("OPENHALL_DB_USER", db.user());
        pb.environment().put("OPENHALL_DB_PASSWORD", db.password());
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

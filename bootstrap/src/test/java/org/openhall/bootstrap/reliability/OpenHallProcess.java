package org.openhall.bootstrap.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openhall.bootstrap.DemoSignIn;
import org.openhall.bootstrap.OpenHallIT;
import org.openhall.bootstrap.OpenHallIT.Reply;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;

/**
 * OpenHall as it runs in production: the bootstrap module's executable jar in a JVM of its own, on a
 * port of its own, on the database it is given, with the real clock. Unlike {@link OpenHallInstance}
 * it can be killed outright (SIGKILL): no shutdown hook, no closing of the application context, no
 * finishing of the work in hand.
 */
final class OpenHallProcess implements AutoCloseable, DemoClerk {

    /** What a JVM killed by SIGKILL (signal 9) exits with: 128 + 9. */
    static final int KILLED_BY_SIGKILL = 137;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;
    private final DemoSignIn signIn;

    private OpenHallProcess(Process process, Path log, int port, String jdbcUrl) {
        this.process = process;
        this.log = log;
        this.port = port;
        // The child runs on the real clock: staff sign in with the authenticator code of now.
        this.signIn = new DemoSignIn(HTTP, Clock.system(OpenHallIT.CHINA), jdbcUrl);
    }

    /**
     * The executable jar the {@code package} phase built before the integration tests, if there is
     * one: {@code target/openhall-bootstrap-*-exec.jar} of the bootstrap module.
     */
    static Optional<Path> executableJar() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        for (Path target : List.of(module.resolve("target"), module.resolve("bootstrap").resolve("target"))) {
            if (!Files.isDirectory(target)) {
                continue;
            }
            try (Stream<Path> files = Files.list(target)) {
                Optional<Path> jar = files.filter(f -> {
                    String name = f.getFileName().toString();
                    return name.startsWith("openhall-bootstrap-") && name.endsWith("-exec.jar");
                }).findFirst();
                if (jar.isPresent()) {
                    return jar;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the jar on {@code database} with {@code properties} as command-line arguments, writes
     * its output to {@code log}, and returns once the county pack is imported (the public list of
     * departments has entries): signing in before the accounts exist would count as failed attempts.
     */
    static OpenHallProcess start(Path jar, RunningDatabase database, Map<String, String> properties, Path log) {
        int port = freePort();
        // The test JVM's own java; a small heap and the quick compiler only: the child lives for a minute.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
                // A throwaway test database: personal data may be sealed with the public demo keys.
                "--openhall.personal-data.allow-demo-keys=true", "--spring.jmx.enabled=false"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPENHALL_DB_URL", database.jdbcUrl());
        builder.environment().put("OPENHALL_DB_USER", database.username());
        builder.environment().put("OPENHALL_DB_PASSWORD", database.password());
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        OpenHallProcess started = new OpenHallProcess(process, log, port, database.jdbcUrl());
        started.awaitPackImported();
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPackImported() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenHall exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/departments"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"code\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new IllegalStateException("OpenHall did not start within " + START_TIMEOUT + ":\n" + logTail());
    }

    @Override
    public Reply post(String user, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.header("Authorization", "Bearer " + signIn.tokenFor(user, port));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " got no answer:\n" + logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the JVM with SIGKILL, as the kernel's OOM killer or {@code kill -9} does, and returns its
     * exit value once it is gone.
     */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("OpenHall (pid " + process.pid() + ") still runs 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** The last lines the process wrote, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ": " + e + ")";
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops a process still running: SIGTERM, and SIGKILL if it has not ended after 20 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

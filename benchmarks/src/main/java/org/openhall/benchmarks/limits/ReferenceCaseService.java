package org.openhall.benchmarks.limits;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.openhall.benchmarks.support.BenchDatabase;

/**
 * Benchmark 1b, the cost of HTTP itself: the thinnest service that does what OpenHall's case
 * endpoints do — JDK {@code HttpServer}, a virtual thread per request, HikariCP with OpenHall's pool
 * size (5) and plain JDBC on OpenHall's schema. {@code POST /cases} receives a case (case row plus
 * audit row); {@code POST /cases/{id}/acceptance}, {@code …/steps/{n}/completion} and
 * {@code …/completion} read the case, check its status, UPDATE it with a version check and INSERT the
 * audit row, in one transaction. No
 * authentication, no validation beyond the state check, JSON written by hand.
 */
public final class ReferenceCaseService implements AutoCloseable {

    /** The procedure steps of SCJG-001, as in the Heshan pack. */
    static final int STEPS = 5;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final HikariDataSource pool;
    private final HttpServer server;
    private final AtomicLong numbers = new AtomicLong();
    /** The clock the reference service stamps its rows with, as OpenHall's services get theirs. */
    private final Clock clock = Clock.systemUTC();
    private final String numberPrefix = "REF-" + Long.toString(clock.millis(), 36) + "-";

    public ReferenceCaseService(BenchDatabase db, int port) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(5);
        config.setAutoCommit(false);
        this.pool = new HikariDataSource(config);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/cases", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String[] parts = exchange.getRequestURI().getPath().split("/");
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "{\"code\":\"method\"}");
                return;
            }
            try {
                if (parts.length == 2) {
                    reply(exchange, 201, submit());
                } else if (parts.length == 4 && "acceptance".equals(parts[3])) {
                    transition(exchange, UUID.fromString(parts[2]), "SUBMITTED", "ACCEPTED", "ACCEPT");
                } else if (parts.length == 6 && "steps".equals(parts[3]) && "completion".equals(parts[5])) {
                    int step = Integer.parseInt(parts[4]);
                    if (step < 1 || step > STEPS) {
                        reply(exchange, 404, "{\"code\":\"step.not-found\"}");
                        return;
                    }
                    transition(exchange, UUID.fromString(parts[2]), "ACCEPTED", "ACCEPTED", "STEP_" + step);
                } else if (parts.length == 4 && "completion".equals(parts[3])) {
                    transition(exchange, UUID.fromString(parts[2]), "ACCEPTED", "COMPLETED", "COMPLETE");
                } else {
                    reply(exchange, 404, "{\"code\":\"not-found\"}");
                }
            } catch (SQLException | RuntimeException e) {
                reply(exchange, 500, "{\"code\":\"error\"}");
            }
        }
    }

    private String submit() throws SQLException {
        UUID id = UUID.randomUUID();
        String number = numberPrefix + numbers.incrementAndGet();
        LocalDate today = LocalDate.now(CHINA);
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = pool.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO service_case (id, number, item_code, item_version, item_name, department,
                        applicant_name, applicant_id_number, applicant_phone, status, received_at, received_on,
                        received_by, submission_round, round_received_on, transition_count, version, hall_level)
                    VALUES (?, ?, 'SCJG-001', 1, '食品经营许可', 'SCJG', '张三', '11010519491231002X', '13800138000',
                        'SUBMITTED', ?, ?, 'clerk.scjg', 1, ?, 1, 0, 'CITY')""")) {
                s.setObject(1, id);
                s.setString(2, number);
                s.setTimestamp(3, now);
                s.setDate(4, Date.valueOf(today));
                s.setDate(5, Date.valueOf(today));
                s.executeUpdate();
            }
            audit(c, id, 1, "SUBMIT", null, "SUBMITTED", now);
            c.commit();
        }
        return "{\"id\":\"" + id + "\",\"number\":\"" + number + "\",\"status\":\"SUBMITTED\",\"version\":0}";
    }

    private void transition(HttpExchange exchange, UUID id, String from, String to, String action)
            throws SQLException, IOException {
        try (Connection c = pool.getConnection()) {
            long version;
            int count;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT status, version, transition_count FROM service_case WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        c.rollback();
                        reply(exchange, 404, "{\"code\":\"case.not-found\"}");
                        return;
                    }
                    if (!from.equals(rs.getString(1))) {
                        c.rollback();
                        reply(exchange, 409, "{\"code\":\"case.not-in-expected-state\"}");
                        return;
                    }
                    version = rs.getLong(2);
                    count = rs.getInt(3);
                }
            }
            Timestamp now = Timestamp.from(clock.instant());
            // Acceptance and the decision stamp their day; a step's completion changes the count and version only.
            String stamp = from.equals(to) ? "" : "COMPLETED".equals(to) ? "completed_on = ?, " : "accepted_on = ?, ";
            try (PreparedStatement s = c.prepareStatement("UPDATE service_case SET status = ?, " + stamp
                    + "transition_count = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                int p = 1;
                s.setString(p++, to);
                if (!from.equals(to)) {
                    s.setDate(p++, Date.valueOf(LocalDate.now(CHINA)));
                }
                s.setInt(p++, count + 1);
                s.setObject(p++, id);
                s.setLong(p, version);
                if (s.executeUpdate() != 1) {
                    c.rollback();
                    reply(exchange, 409, "{\"code\":\"concurrent-update\"}");
                    return;
                }
            }
            audit(c, id, count + 1, action, from, to, now);
            c.commit();
            reply(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"" + to + "\",\"version\":" + (version + 1) + "}");
        }
    }

    private static void audit(Connection c, UUID id, int sequence, String action, String from, String to,
            Timestamp at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO case_transition (case_id, sequence, action, from_status, to_status, actor,
                    actor_department, at) VALUES (?, ?, ?, ?, ?, 'clerk.scjg', 'SCJG', ?)""")) {
            s.setObject(1, id);
            s.setInt(2, sequence);
            s.setString(3, action);
            s.setString(4, from);
            s.setString(5, to);
            s.setTimestamp(6, at);
            s.executeUpdate();
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.close();
    }
}

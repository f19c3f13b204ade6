package org.openhall.benchmarks.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openhall.benchmarks.load.LoadResult;
import org.openhall.benchmarks.support.BenchDatabase;

/**
 * Benchmark 1a, the machine's limit: pgbench running one case transition as plain SQL on OpenHall's
 * schema — read the case row by key, UPDATE it with a version check, INSERT one audit row, in one
 * transaction — each client on cases of its own, so that no two clients ever race for a row.
 * Latency percentiles come from pgbench's per-transaction log.
 */
public final class PgbenchTransition {

    static final int CASES_PER_CLIENT = 2_000;
    private static final int MAX_CLIENTS = 16;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: ([0-9]+)");

    private static final String SCRIPT = """
            \\set n :client_id * :per_client + random(1, :per_client)
            BEGIN;
            SELECT version AS v, transition_count AS t FROM service_case WHERE id = lpad(to_hex(:n::bigint), 32, '0')::uuid \\gset
            UPDATE service_case SET status = 'ACCEPTED', version = :v + 1, transition_count = :t + 1 WHERE id = lpad(to_hex(:n::bigint), 32, '0')::uuid AND version = :v;
            INSERT INTO case_transition (case_id, sequence, action, from_status, to_status, actor, actor_department, at) VALUES (lpad(to_hex(:n::bigint), 32, '0')::uuid, :t + 1, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'clerk.scjg', 'SCJG', now());
            END;
            """;

    private final BenchDatabase db;
    private final Path workDir;

    public PgbenchTransition(BenchDatabase db, Path workDir) {
        this.db = db;
        this.workDir = workDir;
    }

    /** A fresh database with OpenHall's schema and the cases of 16 clients. */
    public void prepare() {
        db.recreate().migrate();
        CaseSeed.seed(db, CASES_PER_CLIENT * MAX_CLIENTS);
    }

    public LoadResult run(int clients, Duration warmup, Duration measure) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path script = workDir.resolve("transition.sql");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        pgbench(clients, warmup, script, false);
        Path logs = Files.createTempDirectory(workDir, "pgbench-log-");
        String out = pgbench(clients, measure, script, true, "--log", "--log-prefix=" + logs.resolve("tx"));
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + out);
        }
        Matcher failed = FAILED.matcher(out);
        long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] cols = line.trim().split("\\s+");
                    if (cols.length >= 3) {
                        micros.add(Long.parseLong(cols[2]));
                    }
                }
                Files.delete(f);
            }
        }
        Files.delete(logs);
        micros.sort(null);
        double rate = Double.parseDouble(tps.group(1));
        return new LoadResult(clients, measure.toSeconds(), Math.round(rate * measure.toSeconds()), errors, 0,
                percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0,
                micros.isEmpty() ? 0 : micros.getLast() / 1000.0);
    }

    private String pgbench(int clients, Duration time, Path script, boolean check, String... extra)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-h", db.host(), "-p",
                Integer.toString(db.port()), "-U", db.user(), "-c", Integer.toString(clients), "-j",
                Integer.toString(Math.min(clients, 2)), "-T", Long.toString(Math.max(1, time.toSeconds())), "-D",
                "per_client=" + CASES_PER_CLIENT, "-f", script.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(db.name());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", db.password());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && check) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        return out;
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}

package org.openhall.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openhall.benchmarks.footprint.Footprint;
import org.openhall.benchmarks.limits.PgbenchTransition;
import org.openhall.benchmarks.limits.ReferenceCaseFlow;
import org.openhall.benchmarks.limits.ReferenceCaseService;
import org.openhall.benchmarks.load.CaseFlow;
import org.openhall.benchmarks.load.CaseFlowLoad;
import org.openhall.benchmarks.load.ClosedLoop;
import org.openhall.benchmarks.load.Transition;
import org.openhall.benchmarks.openhall.InProcessCaseFlow;
import org.openhall.benchmarks.openhall.OpenHallCaseTransitions;
import org.openhall.benchmarks.openhall.OpenHallServer;
import org.openhall.benchmarks.peer.FlowableCaseFlow;
import org.openhall.benchmarks.report.ReportWriter;
import org.openhall.benchmarks.support.BenchDatabase;
import org.openhall.benchmarks.support.ProcessMemory;
import org.openhall.benchmarks.support.Results;

/**
 * The load benchmarks of docs/benchmarks.md, one command per benchmark so that each runs in a JVM
 * of its own ({@code benchmarks/run-all.sh} calls them in turn, each run of each):
 * {@code prepare}, {@code sql <run>} (1a), {@code reference <run>} (1b), {@code http <run>} (2),
 * {@code inprocess <run>} (3), {@code flowable <run>} (4), {@code report}, {@code cleanup}.
 * Footprints (7) are taken by 1b, 2 and 4 after their load. Settings come from the environment:
 * {@code BENCH_WARMUP}, {@code BENCH_SECONDS}, {@code BENCH_FOOTPRINT_CASES},
 * {@code BENCH_OUT} (default benchmarks/target), {@code BENCH_SERVER_JAR}, {@code BENCH_SERVER_OPTS}.
 */
public final class BenchMain {

    private static final int[] CLIENTS = { 1, 4, 16 };
    private static final int[] PEER_THREADS = { 1, 8 };

    private static final BenchDatabase SQL_DB = BenchDatabase.named("openhall_bench_sql");
    private static final BenchDatabase REFERENCE_DB = BenchDatabase.named("openhall_bench_reference");
    private static final BenchDatabase HTTP_DB = BenchDatabase.named("openhall_bench_http");
    private static final BenchDatabase INPROCESS_DB = BenchDatabase.named("openhall_bench_inprocess");
    private static final BenchDatabase FLOWABLE_DB = BenchDatabase.named("openhall_bench_flowable");
    /** The README's run command, and the JVM options it starts the server with. */
    private static final Path SHIPPED = Path.of("bin/openhall").toAbsolutePath();
    private static final Path SHIPPED_OPTIONS = Path.of("bin/openhall.jvm-options").toAbsolutePath();

    private final Path out = Path.of(env("BENCH_OUT", "benchmarks/target"));
    private final Duration warmup = Duration.ofSeconds(Long.parseLong(env("BENCH_WARMUP", "5")));
    private final Duration measure = Duration.ofSeconds(Long.parseLong(env("BENCH_SECONDS", "15")));
    private final int footprintCases = Integer.parseInt(env("BENCH_FOOTPRINT_CASES", "100"));

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchMain prepare|sql|reference|http|inprocess|flowable|report|cleanup [run]");
        }
        BenchMain bench = new BenchMain();
        int run = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        switch (args[0]) {
            case "prepare" -> bench.prepare();
            case "sql" -> bench.sql(run);
            case "reference" -> bench.reference(run);
            case "reference-server" -> referenceServer(Integer.parseInt(args[1]));
            case "http" -> bench.http(run);
            case "inprocess" -> bench.inProcess(run);
            case "flowable" -> bench.flowable(run);
            case "report" -> new ReportWriter(bench.out).write();
            case "cleanup" -> List.of(SQL_DB, REFERENCE_DB, HTTP_DB, INPROCESS_DB, FLOWABLE_DB,
                    BenchDatabase.named("openhall_bench_stats")).forEach(BenchDatabase::drop);
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
        }
        System.exit(0);
    }

    /** Fresh databases; OpenHall's first start on its empty database (migrations, county pack import). */
    private void prepare() throws Exception {
        Files.deleteIfExists(out.resolve("results.tsv"));
        new PgbenchTransition(SQL_DB, out.resolve("pgbench")).prepare();
        REFERENCE_DB.recreate().migrate();
        HTTP_DB.recreate();
        INPROCESS_DB.recreate();
        FLOWABLE_DB.recreate();
        Results results = new Results(out.resolve("results.tsv"), 0);
        // Once per build, as on a fresh machine: extract the jar and train the start-up cache.
        OpenHallServer.prepareShipped(SHIPPED, HTTP_DB, out.resolve("openhall-aot-training.log"), serverOptions());
        try (OpenHallServer server = OpenHallServer.startShipped(SHIPPED, HTTP_DB, freePort(),
                out.resolve("openhall-first-start.log"), serverOptions())) {
            results.put("2.first_start_s", server.startupSeconds());
        }
        try (InProcessCaseFlow flow = new InProcessCaseFlow(INPROCESS_DB)) {
            results.put("3.first_start_s", flow.startupSeconds());
        }
        try (FlowableCaseFlow flow = new FlowableCaseFlow(FLOWABLE_DB)) {
            System.out.println("Flowable schema created");
        }
    }

    private void sql(int run) throws Exception {
        Results results = new Results(out.resolve("results.tsv"), run);
        PgbenchTransition pgbench = new PgbenchTransition(SQL_DB, out.resolve("pgbench"));
        for (int clients : CLIENTS) {
            results.put("1a", pgbench.run(clients, warmup, measure));
        }
    }

    private void reference(int run) throws Exception {
        Results results = new Results(out.resolve("results.tsv"), run);
        int port = freePort();
        Process server = new ProcessBuilder(javaCommand(List.of("-cp", System.getProperty("java.class.path"),
                BenchMain.class.getName(), "reference-server", Integer.toString(port))))
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("READY")) {
                System.out.println("reference: " + line);
            }
            Thread.ofPlatform().daemon().start(() -> lines.lines().forEach(l -> System.out.println("reference: " + l)));
            try (ReferenceCaseFlow flow = new ReferenceCaseFlow("http://127.0.0.1:" + port);
                    ProcessMemory rss = new ProcessMemory(server.pid())) {
                load("1b", flow, results);
                results.put("1b.server_rss_mib", rss.peakMib());
                footprint("1b", REFERENCE_DB, flow, results);
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void referenceServer(int port) throws Exception {
        try (ReferenceCaseService service = new ReferenceCaseService(REFERENCE_DB, port)) {
            System.out.println("READY on port " + service.port());
            Thread.currentThread().join();
        }
    }

    private void http(int run) throws Exception {
        Results results = new Results(out.resolve("results.tsv"), run);
        try (OpenHallServer server = OpenHallServer.startShipped(SHIPPED, HTTP_DB, freePort(),
                out.resolve("openhall-server-" + run + ".log"), serverOptions());
                ProcessMemory rss = new ProcessMemory(server.pid());
                OpenHallCaseTransitions flow = new OpenHallCaseTransitions(server.baseUrl())) {
            results.put("2.startup_s", server.startupSeconds());
            results.put("2.startup_reported_s", server.reportedStartupSeconds());
            results.put("2.server_rss_after_start_mib", rss.peakMib());
            load("2", flow, results);
            results.put("2.server_rss_mib", rss.peakMib());
            // The listeners run behind the requests: how long they needed to catch up after the load.
            results.put("2.listener_drain_s", Footprint.awaitListeners(HTTP_DB, Duration.ofMinutes(10)));
            footprint("2", HTTP_DB, flow, results);
        }
        // For comparison, the same server from the executable jar, with the same JVM options.
        List<String> jarOptions = serverOptions().isEmpty() ? List.of("@" + SHIPPED_OPTIONS) : serverOptions();
        try (OpenHallServer server = OpenHallServer.start(serverJar(), HTTP_DB, freePort(),
                out.resolve("openhall-server-jar-" + run + ".log"), jarOptions)) {
            results.put("2.startup_jar_s", server.startupSeconds());
            results.put("2.startup_jar_reported_s", server.reportedStartupSeconds());
        }
    }

    private void inProcess(int run) throws Exception {
        Results results = new Results(out.resolve("results.tsv"), run);
        // A database of its own for each run: the listeners' backlog of an earlier run (they run far
        // behind the use cases) would otherwise be republished at start and run during this one.
        INPROCESS_DB.recreate();
        try (InProcessCaseFlow flow = new InProcessCaseFlow(INPROCESS_DB)) {
            results.put("3.startup_s", flow.startupSeconds());
            load("3", flow, results);
            results.put("3.listener_backlog", Footprint.openPublications(INPROCESS_DB));
        }
    }

    private void flowable(int run) throws Exception {
        Results results = new Results(out.resolve("results.tsv"), run);
        try (FlowableCaseFlow flow = new FlowableCaseFlow(FLOWABLE_DB)) {
            for (int threads : PEER_THREADS) {
                results.put("4", ClosedLoop.run(threads, warmup, measure, flow::client));
            }
            Transition client = flow.client(999);
            Footprint.measure("4", FLOWABLE_DB, footprintCases, () -> flow.oneCase(client), results);
        }
    }

    private void load(String benchmark, CaseFlow flow, Results results) {
        CaseFlowLoad load = new CaseFlowLoad(flow, warmup, measure);
        for (int clients : CLIENTS) {
            results.put(benchmark, load.run(clients));
        }
    }

    private void footprint(String benchmark, BenchDatabase db, CaseFlow flow, Results results) throws Exception {
        Footprint.measure(benchmark, db, footprintCases, flow::wholeCase, results);
    }

    private Path serverJar() throws Exception {
        String configured = System.getenv("BENCH_SERVER_JAR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (var jars = Files.newDirectoryStream(Path.of("bootstrap/target"), "openhall-bootstrap-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException("no bootstrap/target/openhall-bootstrap-*-exec.jar: build it first");
    }

    private static List<String> serverOptions() {
        String opts = System.getenv("BENCH_SERVER_OPTS");
        return opts == null || opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        return cmd;
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}

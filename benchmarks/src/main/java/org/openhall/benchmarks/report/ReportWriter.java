package org.openhall.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code report.md} from the raw figures: the machine, each figure's median over the runs
 * (with the number of runs and the spread), and the ratios against the targets of the performance
 * issue. Reads {@code results.tsv}, {@code machine.txt}, {@code jmh.csv} (benchmark 6) and
 * {@code sweep.txt} (benchmark 5) from the output folder, each if present.
 */
public final class ReportWriter {

    private final Path out;
    private final Map<String, List<Double>> figures = new TreeMap<>();
    private final Set<Integer> runs = new TreeSet<>();

    public ReportWriter(Path out) {
        this.out = out;
    }

    public void write() throws IOException {
        Path tsv = out.resolve("results.tsv");
        if (Files.exists(tsv)) {
            for (String line : Files.readAllLines(tsv)) {
                String[] c = line.split("\t");
                if (c.length == 3) {
                    figures.computeIfAbsent(c[1], k -> new ArrayList<>()).add(Double.parseDouble(c[2]));
                    if (!"0".equals(c[0])) {
                        runs.add(Integer.parseInt(c[0]));
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# OpenHall benchmark report\n\n");
        md.append("Each figure is the median of ").append(runs.size())
                .append(" runs (min–max in brackets where the runs differ).\n\n");
        md.append("## Machine\n\n```\n").append(read("machine.txt").strip()).append("\n```\n\n");

        md.append("## Throughput: case transitions\n\n");
        md.append("| # | System | Clients | Transitions/s | p50 ms | p99 ms | Errors |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        throughput(md, "1a", "pgbench, plain SQL (limit)", 1, 4, 16);
        throughput(md, "1b", "JDK HttpServer + JDBC (HTTP limit)", 1, 4, 16);
        throughput(md, "2", "OpenHall over HTTP", 1, 4, 16);
        throughput(md, "3", "OpenHall in process (use cases)", 1, 4, 16);
        throughput(md, "4", "Flowable 8 embedded", 1, 8);
        for (String k : figures.keySet()) {
            if (k.endsWith("exhausted_clients")) {
                md.append("\nNote: ").append(k).append(" = ").append(fmt(median(k)))
                        .append(" (clients ran out of prepared cases; that rate is understated)\n");
            }
        }

        md.append("\n## Start-up and memory\n\n| Figure | Value |\n| --- | ---: |\n");
        row(md, "OpenHall first start on an empty database (migrations, pack import), s", "2.first_start_s");
        row(md, "OpenHall start-up with bin/openhall (extracted jar, AOT cache), process start to first API answer, s",
                "2.startup_s");
        row(md, "… as Spring Boot reports it, s", "2.startup_reported_s");
        row(md, "OpenHall start-up from the executable jar, same JVM options, s", "2.startup_jar_s");
        row(md, "… as Spring Boot reports it, s", "2.startup_jar_reported_s");
        row(md, "OpenHall server RSS after start, MiB", "2.server_rss_after_start_mib");
        row(md, "OpenHall server peak RSS during (2), MiB", "2.server_rss_mib");
        row(md, "Reference server peak RSS during (1b), MiB", "1b.server_rss_mib");
        row(md, "OpenHall context first start on an empty database (3), s", "3.startup_s");
        row(md, "Event listeners catching up after the load of (2), s", "2.listener_drain_s");
        row(md, "Publications the event listeners had not handled at the end of (3)", "3.listener_backlog");

        md.append("\n## Footprint per case (7)\n\n");
        md.append("A case: receive, accept, five steps, decide (1b, 2); start and three user tasks (4). WAL of the ")
                .append("database's own records (pg_walinspect); the server-wide LSN distance beside it ")
                .append("includes whatever else the server did meanwhile. Of the database's WAL, the full-page ")
                .append("images: a page's first change after a checkpoint writes it whole, so they depend on when ")
                .append("the last checkpoint was; the records without them depend on the work alone.\n\n");
        md.append("| # | Commits | Rows inserted | Rows updated | Rows deleted | WAL bytes | of which page images ")
                .append("| WAL bytes, server-wide |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String b : List.of("1b", "2", "4")) {
            String p = b + ".footprint.";
            md.append("| ").append(b).append(" | ").append(cell(p + "commits_per_case")).append(" | ")
                    .append(cell(p + "rows_inserted_per_case")).append(" | ").append(cell(p + "rows_updated_per_case"))
                    .append(" | ").append(cell(p + "rows_deleted_per_case")).append(" | ")
                    .append(cell(p + "wal_bytes_per_case")).append(" | ")
                    .append(cell(p + "wal_page_image_bytes_per_case")).append(" | ")
                    .append(cell(p + "wal_server_bytes_per_case"))
                    .append(" |\n");
        }

        md.append("\n## Clock (6), JMH, ns per due date\n\n");
        double worstClock = clock(md);

        md.append("\n## Supervision sweep (5)\n\n");
        String sweep = read("sweep.txt").strip();
        md.append(sweep.isEmpty() ? "Not run: no sweep harness output.\n" : "```\n" + sweep + "\n```\n");

        md.append("\n## Targets\n\n| Target | Measured | Met |\n| --- | ---: | :---: |\n");
        ratio(md, "(2) ≥ 75 % of (1b) at 16 clients", median("2.c16.tps"), median("1b.c16.tps"), r -> r >= 0.75, true);
        ratio(md, "(2) p99 ≤ 1.5 × (1b) p99 at 16 clients", median("2.c16.p99_ms"), median("1b.c16.p99_ms"),
                r -> r <= 1.5, false);
        target(md, "(2) no errors", median("2.c16.errors") + median("2.c4.errors") + median("2.c1.errors"), v -> v == 0,
                "%.0f errors");
        ratio(md, "(3) ≥ 60 % of (1a) at 16", median("3.c16.tps"), median("1a.c16.tps"), r -> r >= 0.60, true);
        ratio(md, "(3) at 16 ≥ 10 × (4) at 8", median("3.c16.tps"), median("4.c8.tps"), r -> r >= 10, false);
        ratio(md, "(7) WAL per case of (2) ≤ 2 × (1b)", median("2.footprint.wal_bytes_per_case"),
                median("1b.footprint.wal_bytes_per_case"), r -> r <= 2, false);
        ratio(md, "(7) WAL per case of (2) ≤ 1/8 of (4)", median("2.footprint.wal_bytes_per_case"),
                median("4.footprint.wal_bytes_per_case"), r -> r <= 0.125, false);
        target(md, "(6) under 1 µs per due date (slowest case)", worstClock, v -> v < 1000, "%.0f ns");
        target(md, "Start-up under 8 s (bin/openhall, as the README runs it)", median("2.startup_s"), v -> v < 8,
                "%.1f s");
        target(md, "RSS under 512 MiB during (2)", median("2.server_rss_mib"), v -> v < 512, "%.0f MiB");
        Files.writeString(out.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private void throughput(StringBuilder md, String b, String name, int... clients) {
        for (int c : clients) {
            String p = b + ".c" + c + ".";
            if (!figures.containsKey(p + "tps")) {
                continue;
            }
            md.append("| ").append(b).append(" | ").append(name).append(" | ").append(c).append(" | ")
                    .append(cell(p + "tps")).append(" | ").append(cell(p + "p50_ms")).append(" | ")
                    .append(cell(p + "p99_ms")).append(" | ").append(cell(p + "errors")).append(" |\n");
        }
    }

    private double clock(StringBuilder md) throws IOException {
        String csv = read("jmh.csv");
        if (csv.isBlank()) {
            md.append("Not run.\n");
            return Double.NaN;
        }
        md.append("| Benchmark | Working days | ns/op | ± error (99.9 %) |\n| --- | ---: | ---: | ---: |\n");
        double worst = 0;
        for (String line : csv.lines().skip(1).toList()) {
            String[] c = line.replace("\"", "").split(",");
            if (c.length < 8) {
                continue;
            }
            String name = c[0].substring(c[0].lastIndexOf('.') + 1);
            double score = Double.parseDouble(c[4]);
            worst = Math.max(worst, score);
            md.append("| `").append(name).append("` | ").append(c[7]).append(" | ").append(fmt(score)).append(" | ")
                    .append(c[5].equals("NaN") ? "" : fmt(Double.parseDouble(c[5]))).append(" |\n");
        }
        return worst;
    }

    private void row(StringBuilder md, String label, String key) {
        if (figures.containsKey(key)) {
            md.append("| ").append(label).append(" | ").append(cell(key)).append(" |\n");
        }
    }

    private void ratio(StringBuilder md, String label, double a, double b, java.util.function.DoublePredicate ok,
            boolean percent) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            md.append("| ").append(label).append(" | not measured | |\n");
            return;
        }
        double r = a / b;
        String shown = percent ? String.format(Locale.ROOT, "%.1f %% (%s / %s)", 100 * r, fmt(a), fmt(b))
                : String.format(Locale.ROOT, "%.2f × (%s / %s)", r, fmt(a), fmt(b));
        md.append("| ").append(label).append(" | ").append(shown).append(" | ").append(ok.test(r) ? "yes" : "**no**")
                .append(" |\n");
    }

    private void target(StringBuilder md, String label, double v, java.util.function.DoublePredicate ok, String format) {
        if (Double.isNaN(v)) {
            md.append("| ").append(label).append(" | not measured | |\n");
            return;
        }
        md.append("| ").append(label).append(" | ").append(String.format(Locale.ROOT, format, v)).append(" | ")
                .append(ok.test(v) ? "yes" : "**no**").append(" |\n");
    }

    private String cell(String key) {
        List<Double> v = figures.get(key);
        if (v == null || v.isEmpty()) {
            return "–";
        }
        double min = v.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = v.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        String m = fmt(median(key));
        return min == max ? m : m + " (" + fmt(min) + "–" + fmt(max) + ")";
    }

    private double median(String key) {
        List<Double> v = figures.get(key);
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String fmt(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private String read(String name) throws IOException {
        Path p = out.resolve(name);
        return Files.exists(p) ? Files.readString(p) : "";
    }
}

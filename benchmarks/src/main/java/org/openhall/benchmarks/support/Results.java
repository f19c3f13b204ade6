package org.openhall.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.openhall.benchmarks.load.LoadResult;

/**
 * The raw figures of a benchmark run, one line per figure and repetition ({@code run, key, value},
 * tab separated), appended to {@code results.tsv}; the report takes each figure's median over the runs.
 */
public final class Results {

    private final Path file;
    private final int run;

    public Results(Path file, int run) {
        this.file = file;
        this.run = run;
    }

    public void put(String key, double value) {
        String line = run + "\t" + key + "\t" + String.format(Locale.ROOT, "%.6f", value) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("  " + key + " = " + String.format(Locale.ROOT, "%.3f", value));
    }

    /** The figures of one load level under {@code <benchmark>.c<clients>.}. */
    public void put(String benchmark, LoadResult r) {
        String p = benchmark + ".c" + r.clients() + ".";
        System.out.println(benchmark + " " + r);
        put(p + "tps", r.perSecond());
        put(p + "p50_ms", r.p50Millis());
        put(p + "p99_ms", r.p99Millis());
        put(p + "errors", r.errors());
        if (r.exhausted() > 0) {
            put(p + "exhausted_clients", r.exhausted());
        }
    }
}

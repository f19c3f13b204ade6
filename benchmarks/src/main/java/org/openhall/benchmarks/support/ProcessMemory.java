package org.openhall.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a process's resident set size ({@code VmRSS} in {@code /proc/<pid>/status}) every 200 ms
 * while a benchmark runs and keeps the highest value seen.
 */
public final class ProcessMemory implements AutoCloseable {

    private final long pid;
    private final AtomicLong peakKib = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    public ProcessMemory(long pid) {
        this.pid = pid;
        this.sampler = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
            while (running) {
                peakKib.accumulateAndGet(rssKib(pid), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    public double peakMib() {
        peakKib.accumulateAndGet(rssKib(pid), Math::max);
        return peakKib.get() / 1024.0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}

package org.openhall.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/**
 * The load generator shared by every throughput benchmark: N clients, each on its own platform
 * thread, each sending its next transition as soon as the previous one answered (closed loop). A
 * warm-up runs first and is not counted; then a fixed measurement window. A transition counts when it
 * both started and finished inside the window, so the window's edges bias nothing.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    public static LoadResult run(int clients, Duration warmup, Duration measure, IntFunction<Transition> clientFactory) {
        List<Transition> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            work.add(clientFactory.apply(i));
        }
        Histogram latencies = new Histogram(120_000_000_000L, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger exhausted = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Transition client = work.get(i);
            threads.add(Thread.ofPlatform().name("load-client-" + i).start(() -> {
                Histogram mine = new Histogram(120_000_000_000L, 3);
                long good = 0;
                long bad = 0;
                try {
                    go.await();
                    long from = window[0];
                    long to = window[1];
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= to) {
                            break;
                        }
                        boolean done;
                        try {
                            done = client.next();
                        } catch (Exception e) {
                            if (t0 >= from && System.nanoTime() <= to) {
                                bad++;
                            }
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (!done) {
                            exhausted.incrementAndGet();
                            break;
                        }
                        if (t0 >= from && t1 <= to) {
                            good++;
                            mine.recordValue(t1 - t0);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (latencies) {
                    latencies.add(mine);
                }
                ok.addAndGet(good);
                errors.addAndGet(bad);
            }));
        }
        long start = System.nanoTime();
        window[0] = start + warmup.toNanos();
        window[1] = window[0] + measure.toNanos();
        go.countDown();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new LoadResult(clients, measure.toNanos() / 1e9, ok.get(), errors.get(), exhausted.get(),
                latencies.getValueAtPercentile(50) / 1e6, latencies.getValueAtPercentile(99) / 1e6,
                latencies.getMaxValue() / 1e6);
    }
}

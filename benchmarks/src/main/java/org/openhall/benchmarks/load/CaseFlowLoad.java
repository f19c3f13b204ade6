package org.openhall.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a {@link CaseFlow} at 1, 4, 16 … clients: cases are received first (setup, untimed) into a
 * pool; each client then takes the next case from the pool and takes it through its transitions in
 * order, each call one timed transition. The pool is topped up before every level from the rate the previous
 * level reached, so that no client runs dry; a case left over is used by the next level.
 */
public final class CaseFlowLoad {

    private static final int SETUP_THREADS = 8;

    private final CaseFlow flow;
    private final Duration warmup;
    private final Duration measure;
    private final ConcurrentLinkedQueue<String> pool = new ConcurrentLinkedQueue<>();
    private double lastRate;
    private int lastClients;

    public CaseFlowLoad(CaseFlow flow, Duration warmup, Duration measure) {
        this.flow = flow;
        this.warmup = warmup;
        this.measure = measure;
    }

    public LoadResult run(int clients) {
        topUp(clients);
        LoadResult result = ClosedLoop.run(clients, warmup, measure, i -> new Transition() {
            private String current;
            private int next;

            @Override
            public boolean next() throws Exception {
                if (current == null) {
                    current = pool.poll();
                    next = 0;
                    if (current == null) {
                        return false;
                    }
                }
                String id = current;
                int index = next++;
                if (next == flow.transitions()) {
                    current = null;
                }
                try {
                    flow.transition(id, index);
                } catch (Exception e) {
                    // A case whose transition failed is left where it stands; the client takes the next one.
                    current = null;
                    throw e;
                }
                return true;
            }
        });
        lastRate = Math.max(lastRate, result.perSecond());
        lastClients = clients;
        return result;
    }

    /**
     * Cases for the next level: what it would use if its rate grew with the clients (at most 2.5 times
     * the best rate so far), with a third to spare; for the first level, what can be received in the
     * time the level lasts.
     */
    private void topUp(int clients) {
        double seconds = (warmup.toNanos() + measure.toNanos()) / 1e9;
        double expected = lastRate * Math.min(2.5, Math.max(1.0, clients / (double) Math.max(1, lastClients)));
        long wanted = lastRate > 0 ? (long) Math.ceil(expected * 1.3 * seconds / 2) : Long.MAX_VALUE;
        long deadline = System.nanoTime() + (long) ((lastRate > 0 ? 3 : 1.2) * seconds * 1e9);
        AtomicLong missing = new AtomicLong(wanted == Long.MAX_VALUE ? Long.MAX_VALUE : wanted - pool.size());
        List<Thread> threads = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        for (int i = 0; i < SETUP_THREADS; i++) {
            threads.add(Thread.ofPlatform().name("setup-" + i).start(() -> {
                while (System.nanoTime() < deadline && missing.getAndDecrement() > 0) {
                    try {
                        pool.add(flow.submit());
                    } catch (Exception e) {
                        if (failures.incrementAndGet() == 1) {
                            System.err.println("receiving a case failed: " + e.getMessage());
                        }
                        if (failures.get() > 100) {
                            throw new IllegalStateException("receiving cases keeps failing", e);
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException("no case could be received for the benchmark (" + failures + " failures)");
        }
    }
}

package org.openhall.benchmarks.load;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mobile number of its own for each case's applicant (申请人手机号), as in a centre, where a number
 * receives a handful of notices a day. One number for every case would run into the per-number daily
 * limit of notices after a few cases: from then on every notice is deferred and searches day by day for
 * a free slot, a cost no real centre pays and the reference systems do not have.
 */
public final class ApplicantPhones {

    /** A random start, so that the runs of one benchmark on the same database do not reuse numbers. */
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(90_000_000L));

    private ApplicantPhones() {
    }

    /** The next number, 139 followed by eight digits. */
    public static String next() {
        return "139%08d".formatted(NEXT.getAndIncrement() % 100_000_000L);
    }
}

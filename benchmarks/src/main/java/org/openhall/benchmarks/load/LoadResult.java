package org.openhall.benchmarks.load;

/**
 * What a closed-loop run measured inside its measurement window.
 *
 * @param transitions transitions that completed successfully inside the window
 * @param errors      transitions that failed inside the window
 * @param exhausted   clients that ran out of prepared work before the window closed (the figure
 *                    then understates the rate)
 */
public record LoadResult(int clients, double seconds, long transitions, long errors, int exhausted, double p50Millis,
        double p99Millis, double maxMillis) {

    public double perSecond() {
        return transitions / seconds;
    }

    @Override
    public String toString() {
        return "%2d clients: %8.1f transitions/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  errors %d%s".formatted(
                clients, perSecond(), p50Millis, p99Millis, maxMillis, errors,
                exhausted > 0 ? "  (" + exhausted + " clients ran out of cases)" : "");
    }
}

package org.openhall.bootstrap.wiring;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.openhall.supervision.application.port.in.RelaySupervisionFeedUseCase;
import org.openhall.supervision.application.port.in.SupervisionFeedRelayRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the feed's relay on a thread of its own: a round every {@code interval}, at once when a commit
 * appended to the outbox ({@link #wake}), and round after round while full batches are waiting. Wakes
 * that arrive while a round runs fold into one next round, so a busy centre gets batches, not a round
 * per commit. A round that stopped at an event the receiver did not take is tried again after the
 * interval, not at once, so that a broken line is not hammered.
 */
class SupervisionFeedRelayLoop implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionFeedRelayLoop.class);

    private final RelaySupervisionFeedUseCase relay;
    private final Duration interval;
    private final int batchSize;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private boolean failing;

    SupervisionFeedRelayLoop(RelaySupervisionFeedUseCase relay, Duration interval, int batchSize) {
        this.relay = relay;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    /** Asks for a round now; returns at once (it runs on the committing request's thread). */
    void wake() {
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("supervision-feed-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUps.release();
        try {
            thread.join(Duration.ofSeconds(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                SupervisionFeedRelayRound round;
                do {
                    round = relay.relay(batchSize);
                    report(round);
                } while (running && round.moreWaiting());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database away, an outbox row that cannot be read: the next round tries again.
                LOG.warn("Supervision feed relay round failed; retrying in {}", interval, e);
            }
        }
    }

    /** Logs when the feed starts and stops failing, not every round in between. */
    private void report(SupervisionFeedRelayRound round) {
        if (round.stopped() && !failing) {
            LOG.warn("The supervision system does not take the feed; events wait in the outbox");
        } else if (!round.stopped() && round.sent() > 0 && failing) {
            LOG.info("The supervision system takes the feed again");
        }
        if (round.turnTaken()) {
            failing = round.stopped();
        }
    }
}

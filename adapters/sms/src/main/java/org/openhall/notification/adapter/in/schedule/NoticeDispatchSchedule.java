package org.openhall.notification.adapter.in.schedule;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.openhall.notification.application.port.in.DispatchNoticesUseCase;
import org.openhall.notification.application.port.in.DispatchReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher every {@code openhall.sms.dispatcher.interval}: rounds of at most
 * {@code batch-size} due notices until a round finds fewer. Each node may run it; locked notices are
 * skipped, so no notice is handled twice.
 */
@PrimaryAdapter
public class NoticeDispatchSchedule {

    private static final System.Logger LOG = System.getLogger(NoticeDispatchSchedule.class.getName());

    /** Bounds one run, so that a flood of due notices cannot keep the scheduler thread for ever. */
    private static final int MAX_ROUNDS_PER_RUN = 50;

    private final DispatchNoticesUseCase dispatcher;
    private final int batchSize;

    public NoticeDispatchSchedule(DispatchNoticesUseCase dispatcher,
            @Value("${openhall.sms.dispatcher.batch-size:100}") int batchSize) {
        this.dispatcher = dispatcher;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${openhall.sms.dispatcher.interval:15s}",
            initialDelayString = "${openhall.sms.dispatcher.interval:15s}")
    public void run() {
        for (int round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
            DispatchReport report;
            try {
                report = dispatcher.dispatchDue(batchSize);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "SMS dispatch round failed; the next run tries again", e);
                return;
            }
            if (report.handled() < batchSize) {
                return;
            }
        }
    }
}

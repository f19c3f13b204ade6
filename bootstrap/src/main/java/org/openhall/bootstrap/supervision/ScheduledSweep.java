package org.openhall.bootstrap.supervision;

import org.openhall.supervision.application.port.in.SweepCasesUseCase;
import org.openhall.supervision.application.port.in.SweepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the supervision sweep every few minutes on every node; the warnings table keeps each
 * warning once however many nodes sweep. Off with {@code openhall.supervision.sweep.enabled=false}.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "openhall.supervision.sweep.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSweep.class);

    private final SweepCasesUseCase sweep;

    ScheduledSweep(SweepCasesUseCase sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelayString = "${openhall.supervision.sweep.interval:PT5M}",
            initialDelayString = "${openhall.supervision.sweep.interval:PT5M}")
    void sweep() {
        SweepResult result = sweep.sweep();
        if (result.warningsRaised() > 0) {
            LOG.info("Supervision sweep for {}: {} case(s) checked, {} warning(s) raised", result.sweptOn(),
                    result.casesChecked(), result.warningsRaised());
        }
    }
}

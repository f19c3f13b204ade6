package org.openhall.bootstrap.scheduling;

import org.openhall.servicecase.application.port.in.DeemOverdueReceiptsAcceptedUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deemed acceptance (视为受理, Administrative Licensing Law Art. 32) every night and
 * once an hour during the day, so that a case received six working days ago is accepted by law
 * even when nobody looked at it. Every instance may run it: the use case locks the cases it takes
 * (SKIP LOCKED), so each is deemed accepted once. Off with
 * {@code openhall.cases.deemed-acceptance.enabled=false} (the integration tests drive it themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openhall.cases.deemed-acceptance.enabled", havingValue = "true", matchIfMissing = true)
public class DeemedAcceptanceSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DeemedAcceptanceSchedule.class);

    private final DeemOverdueReceiptsAcceptedUseCase deemed;

    public DeemedAcceptanceSchedule(DeemOverdueReceiptsAcceptedUseCase deemed) {
        this.deemed = deemed;
    }

    @Scheduled(cron = "${openhall.cases.deemed-acceptance.cron:0 5 0-18 * * *}", zone = "Asia/Shanghai")
    void run() {
        int count = deemed.deemOverdueReceiptsAccepted();
        if (count > 0) {
            LOG.info("{} case(s) deemed accepted: no one-time notice within five working days of receipt", count);
        }
    }
}

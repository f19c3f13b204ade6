package org.openhall.bootstrap.scheduling;

import org.openhall.complaint.application.port.in.ReportLateTicketsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reports late tickets to supervision every night, just after midnight in the centre, so that a ticket
 * is warned on the first day it is late even when nobody asked: a sign-in not made by its day, a reply
 * not given by the due date. Every instance may run it: the sweep locks the tickets it takes (SKIP
 * LOCKED) and reports each lateness once. Off with {@code openhall.tickets.lateness.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openhall.tickets.lateness.enabled", havingValue = "true", matchIfMissing = true)
public class LateTicketsSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(LateTicketsSchedule.class);

    private final ReportLateTicketsUseCase lateness;

    public LateTicketsSchedule(ReportLateTicketsUseCase lateness) {
        this.lateness = lateness;
    }

    @Scheduled(cron = "${openhall.tickets.lateness.cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void run() {
        int count = lateness.reportLateTickets();
        if (count > 0) {
            LOG.info("{} ticket(s) reported late to supervision", count);
        }
    }
}

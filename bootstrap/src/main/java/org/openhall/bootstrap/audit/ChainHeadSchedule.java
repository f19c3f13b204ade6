package org.openhall.bootstrap.audit;

import org.openhall.audit.application.port.in.PublishChainHeadUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the previous day's chain head (每日链头) shortly after midnight, and again every hour in
 * case the instance was down at midnight. Every instance may run it: the first head stored for a
 * day stays. Off with {@code openhall.audit.chain-head.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openhall.audit.chain-head.enabled", havingValue = "true", matchIfMissing = true)
public class ChainHeadSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ChainHeadSchedule.class);

    private final PublishChainHeadUseCase heads;

    public ChainHeadSchedule(PublishChainHeadUseCase heads) {
        this.heads = heads;
    }

    @Scheduled(cron = "${openhall.audit.chain-head.cron:0 10 * * * *}", zone = "Asia/Shanghai")
    void publish() {
        heads.publishPreviousDay().ifPresent(head -> LOG.debug("Chain head of {}: #{} {}", head.day(),
                head.lastSequence(), head.headHash()));
    }
}

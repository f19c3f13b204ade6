package org.openhall.audit.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.openhall.audit.application.port.in.ChainHeadQuery;
import org.openhall.audit.application.port.in.PublishChainHeadUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.application.port.out.ChainHeadRepository;
import org.openhall.audit.domain.ChainHead;

/**
 * Publishes the chain head at the end of each day (每日链头) and reads the published ones. The day
 * is the centre's (its clock's zone); the head is the last chained record that occurred before the day
 * ended, after the chainer linked whatever was pending.
 */
public class ChainHeadService implements PublishChainHeadUseCase, ChainHeadQuery {

    private final AuditLog log;
    private final ChainHeadRepository heads;
    private final ChainAuditRecordsUseCase chainer;
    private final Clock clock;

    public ChainHeadService(AuditLog log, ChainHeadRepository heads, ChainAuditRecordsUseCase chainer, Clock clock) {
        this.log = log;
        this.heads = heads;
        this.chainer = chainer;
        this.clock = clock;
    }

    @Override
    public Optional<ChainHead> publishPreviousDay() {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today.minusDays(1);
        Optional<ChainHead> published = heads.of(day);
        if (published.isPresent()) {
            return published;
        }
        // Entries of the day committed but not yet linked belong under the head: link them first.
        chainer.chainPending();
        return log.lastBefore(today.atStartOfDay(clock.getZone()).toInstant())
                .map(last -> heads.saveIfAbsent(new ChainHead(day, last.sequence(), last.hash(), last.algorithm(),
                        clock.instant())));
    }

    @Override
    public List<ChainHead> latest(int limit) {
        return heads.latest(limit);
    }

    @Override
    public Optional<ChainHead> of(LocalDate day) {
        return heads.of(day);
    }
}

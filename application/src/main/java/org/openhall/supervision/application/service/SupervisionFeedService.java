package org.openhall.supervision.application.service;

import java.time.ZoneId;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.supervision.application.port.in.ReplaySupervisionFeedCommand;
import org.openhall.supervision.application.port.in.ReplaySupervisionFeedUseCase;
import org.openhall.supervision.application.port.in.SupervisionFeedReceiverUnavailable;
import org.openhall.supervision.application.port.in.SupervisionFeedReplayNotAllowed;
import org.openhall.supervision.application.port.in.SupervisionFeedReplayView;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedOutbox;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes every case event and every supervision warning into the feed to the regional supervision
 * system (电子监察数据上报), and sends a period of it again on a supervisor's request (补传).
 *
 * <p>An event goes into the feed's outbox in the transaction of the change that caused it, by one
 * insert of the CloudEvent it will be sent as: it is owed if and only if its change committed, nothing
 * runs per event after the commit, and the row is never rewritten. The case's common fields are the
 * case as that change left it (read once per case and transaction), so {@code status} says what was true
 * when the event happened. {@link SupervisionFeedRelay} sends the outbox in batches, in order.
 */
@Application
public class SupervisionFeedService implements ReplaySupervisionFeedUseCase {

    private final SupervisionFeedOutbox outbox;
    private final SupervisionFeedPort feed;
    private final CasesReadInTransaction cases;
    private final SupervisionFeedMapping mapping;
    private final Runnable relayWakeUp;
    private final ZoneId zone;

    /**
     * @param cases       the servicecase context's query, read in the change's transaction
     * @param relayWakeUp called after a transaction that appended to the outbox committed, so that the
     *                    relay sends it now rather than at its next scheduled round; must return at once
     */
    public SupervisionFeedService(SupervisionFeedOutbox outbox, SupervisionFeedPort feed, ServiceCaseQuery cases,
            Runnable relayWakeUp, ZoneId zone) {
        this.outbox = outbox;
        this.feed = feed;
        this.cases = new CasesReadInTransaction(new FeedCases(cases));
        this.mapping = new SupervisionFeedMapping(zone);
        this.relayWakeUp = relayWakeUp;
        this.zone = zone;
    }

    /** A case event (办件事件), in the transaction that recorded it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseEvent event) {
        append(mapping.of(event, cases.of(event.caseId(), event.sequence()).orElse(null)));
    }

    /** A warning or card of electronic supervision (预警/亮牌), in the transaction that stored it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(WarningRaised warning) {
        append(mapping.of(warning, cases.of(warning.caseId(), null).orElse(null)));
    }

    private void append(SupervisionFeedEvent event) {
        outbox.append(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relayWakeUp.run();
                }
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public SupervisionFeedReplayView replay(ReplaySupervisionFeedCommand command) {
        Actor actor = command.actor();
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SupervisionFeedReplayNotAllowed(actor.username());
        }
        List<SupervisionFeedEvent> events = outbox.deliveredBetween(command.from().atStartOfDay(zone).toInstant(),
                command.to().plusDays(1).atStartOfDay(zone).toInstant());
        int sent = 0;
        for (SupervisionFeedEvent event : events) {
            try {
                feed.send(event);
            } catch (SupervisionFeedUnavailable e) {
                throw new SupervisionFeedReceiverUnavailable(sent, events.size());
            }
            sent++;
        }
        return new SupervisionFeedReplayView(command.from(), command.to(), events.size(), feed.transport());
    }
}

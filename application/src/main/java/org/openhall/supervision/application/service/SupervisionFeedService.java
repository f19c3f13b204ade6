package org.openhall.supervision.application.service;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.supervision.application.port.in.ReplaySupervisionFeedCommand;
import org.openhall.supervision.application.port.in.ReplaySupervisionFeedUseCase;
import org.openhall.supervision.application.port.in.SupervisionFeedReplayNotAllowed;
import org.openhall.supervision.application.port.in.SupervisionFeedReceiverUnavailable;
import org.openhall.supervision.application.port.in.SupervisionFeedReplayView;
import org.openhall.supervision.application.port.out.SupervisionFeedBacklog;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedLog;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Relays every case event and every supervision warning to the regional supervision system
 * (电子监察数据上报).
 *
 * <p>The event publication registry is the outbox: each listener call runs after the event's
 * transaction committed, and a call that throws leaves its publication incomplete, to be resubmitted
 * later. A case's events go out in sequence order: an event whose case still owes an earlier one is
 * held back (the listener throws) until that one went out, so a receiver never sees sequence 5 of a
 * case before 4.
 */
@Application
public class SupervisionFeedService implements ReplaySupervisionFeedUseCase {

    /** The feed reads cases as a supervisor would: every department, personal data masked. */
    static final Actor FEED = new Actor("supervision-feed", EnumSet.of(Role.SUPERVISOR), null, "监察数据上报");

    private final SupervisionFeedPort feed;
    private final SupervisionFeedLog log;
    private final SupervisionFeedBacklog backlog;
    private final ServiceCaseQuery cases;
    private final SupervisionFeedMapping mapping;
    private final ZoneId zone;

    public SupervisionFeedService(SupervisionFeedPort feed, SupervisionFeedLog log, SupervisionFeedBacklog backlog,
            ServiceCaseQuery cases, ZoneId zone) {
        this.feed = feed;
        this.log = log;
        this.backlog = backlog;
        this.cases = cases;
        this.zone = zone;
        this.mapping = new SupervisionFeedMapping(zone);
    }

    /** A case event (办件事件): sent once every earlier event of its case went out. */
    @ApplicationModuleListener
    public void on(CaseEvent event) {
        String id = SupervisionFeedMapping.idOf(event);
        if (backlog.hasEarlierUndelivered(event.caseId(), event.sequence())) {
            throw new SupervisionFeedHeldBack(id);
        }
        deliver(mapping.of(event, caseOf(event.caseId())));
    }

    /** A warning or card of electronic supervision (预警/亮牌). */
    @ApplicationModuleListener
    public void on(WarningRaised warning) {
        deliver(mapping.of(warning, caseOf(warning.caseId())));
    }

    @Override
    public SupervisionFeedReplayView replay(ReplaySupervisionFeedCommand command) {
        Actor actor = command.actor();
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SupervisionFeedReplayNotAllowed(actor.username());
        }
        List<SupervisionFeedEvent> events = log.happenedBetween(command.from().atStartOfDay(zone).toInstant(),
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

    private void deliver(SupervisionFeedEvent event) {
        feed.send(event);
        log.record(event);
    }

    private CaseView caseOf(String caseId) {
        return cases.get(FEED, ServiceCaseId.of(caseId));
    }
}

package org.openhall.supervision.application.service;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
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

    /** How often a held-back event looks again whether its case's earlier event went out. */
    static final int PATIENCE_CHECKS = 40;
    static final long PATIENCE_PAUSE_MILLIS = 50;

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
        if (earlierStillUndelivered(event)) {
            throw new SupervisionFeedHeldBack(id);
        }
        deliver(mapping.of(event, caseOf(event.caseId())));
    }

    /**
     * Whether an earlier event of the case has not gone out yet. One transaction often records
     * several events of a case (acceptance starts the first step), and their listeners run at the same
     * time on different threads: the earlier one is then usually being sent just now, so it is given
     * a moment ({@value #PATIENCE_CHECKS} looks, {@value #PATIENCE_PAUSE_MILLIS} ms apart) before this
     * one is held back for the scheduled resubmission.
     */
    private boolean earlierStillUndelivered(CaseEvent event) {
        for (int look = 1; look <= PATIENCE_CHECKS; look++) {
            if (!backlog.hasEarlierUndelivered(event.caseId(), event.sequence())) {
                return false;
            }
            if (look < PATIENCE_CHECKS) {
                try {
                    Thread.sleep(PATIENCE_PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
        }
        return true;
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

    /**
     * The case as the servicecase context shows it, or null when it knows none under that id — a
     * warning about a disclosure entry, say: the event then goes out with its own fields only rather
     * than never.
     */
    private CaseView caseOf(String caseId) {
        try {
            return cases.get(FEED, ServiceCaseId.of(caseId));
        } catch (ResourceNotFound | InvalidValue notACase) {
            return null;
        }
    }
}

package org.openhall.supervision.application.service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.supervision.application.port.in.RelaySupervisionFeedUseCase;
import org.openhall.supervision.application.port.in.SupervisionFeedRelayRound;
import org.openhall.supervision.application.port.out.DeliveredFeedEntry;
import org.openhall.supervision.application.port.out.PendingFeedEntry;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedOutbox;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.port.out.SupervisionFeedUnavailable;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the feed's outbox to the regional supervision system (数据上报) a batch at a time.
 *
 * <p>A round takes the relay's turn (one instance of the centre at a time), reads the undelivered
 * entries in position order, completes each with its case as the servicecase context shows it now
 * (each case read once per batch), sends them one after the other, and marks those the receiver took
 * in one statement. The first event not taken stops the round: it and everything after it wait for the
 * next round, so a receiver never sees a case's later event before an earlier one. Delivery is at least
 * once: should the process die between a send and the mark, the next round sends that event again
 * under the same id, and the receiver de-duplicates.
 */
@Application
public class SupervisionFeedRelay implements RelaySupervisionFeedUseCase {

    /** The feed reads cases as a supervisor would: every department, personal data masked. */
    static final Actor FEED = new Actor("supervision-feed", EnumSet.of(Role.SUPERVISOR), null, "监察数据上报");

    private final SupervisionFeedOutbox outbox;
    private final SupervisionFeedPort feed;
    private final ServiceCaseQuery cases;
    private final SupervisionFeedMapping mapping;

    public SupervisionFeedRelay(SupervisionFeedOutbox outbox, SupervisionFeedPort feed, ServiceCaseQuery cases,
            ZoneId zone) {
        this.outbox = outbox;
        this.feed = feed;
        this.cases = cases;
        this.mapping = new SupervisionFeedMapping(zone);
    }

    /**
     * One round. The transaction holds the relay's turn while the batch is sent, and commits the marks of
     * what was sent even when the round stopped early.
     */
    @Override
    @Transactional
    public SupervisionFeedRelayRound relay(int batchSize) {
        if (!outbox.takeRelayTurn()) {
            return new SupervisionFeedRelayRound(0, false, false, false);
        }
        List<PendingFeedEntry> batch = outbox.undelivered(batchSize);
        Map<String, Optional<CaseView>> caseViews = new HashMap<>();
        List<DeliveredFeedEntry> delivered = new ArrayList<>(batch.size());
        boolean stopped = false;
        for (PendingFeedEntry entry : batch) {
            SupervisionFeedEvent event;
            try {
                event = map(entry, caseViews);
                feed.send(event);
            } catch (SupervisionFeedUnavailable | UnknownFeedEvent notSent) {
                stopped = true;
                break;
            }
            delivered.add(new DeliveredFeedEntry(entry.position(), event));
        }
        if (!delivered.isEmpty()) {
            outbox.markDelivered(delivered);
        }
        return new SupervisionFeedRelayRound(delivered.size(), stopped, batch.size() == batchSize, true);
    }

    private SupervisionFeedEvent map(PendingFeedEntry entry, Map<String, Optional<CaseView>> caseViews) {
        return switch (entry.event()) {
            case CaseEvent e -> mapping.of(e, caseOf(e.caseId(), caseViews));
            case WarningRaised w -> mapping.of(w, caseOf(w.caseId(), caseViews));
            default -> throw new UnknownFeedEvent(entry.position(), entry.event());
        };
    }

    /**
     * The case as the servicecase context shows it, read once per batch, or null when it knows none under
     * that id — a warning about a disclosure entry, say: the event then goes out with its own fields only
     * rather than never.
     */
    private CaseView caseOf(String caseId, Map<String, Optional<CaseView>> caseViews) {
        return caseViews.computeIfAbsent(caseId, id -> {
            ServiceCaseId caseIdentity;
            try {
                caseIdentity = ServiceCaseId.of(id);
            } catch (InvalidValue notACaseId) {
                return Optional.empty();
            }
            // find, not get: an unknown case must not mark the relay's transaction for rollback, which
            // would undo the marks of what this round sent and send it all again.
            return cases.find(FEED, caseIdentity);
        }).orElse(null);
    }
}

package org.openhall.supervision.application.service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.event.CaseEvent;
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
 * entries in position order, sends their CloudEvents as appended one after the other, and marks those
 * the receiver took in one statement. An entry an upgraded installation still owed in the old form (the
 * event itself) is mapped as it is sent, with its case as the servicecase context shows it then (each
 * case read once per batch). The first event not taken stops the round: it and everything after it
 * wait for the next round, so a receiver never sees a case's later event before an earlier one.
 * Delivery is at least once: should the process die between a send and the mark, the next round sends
 * that event again under the same id, and the receiver de-duplicates.
 */
@Application
public class SupervisionFeedRelay implements RelaySupervisionFeedUseCase {

    private final SupervisionFeedOutbox outbox;
    private final SupervisionFeedPort feed;
    private final FeedCases cases;
    private final SupervisionFeedMapping mapping;

    public SupervisionFeedRelay(SupervisionFeedOutbox outbox, SupervisionFeedPort feed, ServiceCaseQuery cases,
            ZoneId zone) {
        this.outbox = outbox;
        this.feed = feed;
        this.cases = new FeedCases(cases);
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
            delivered.add(new DeliveredFeedEntry(entry, event));
        }
        if (!delivered.isEmpty()) {
            outbox.markDelivered(delivered);
        }
        return new SupervisionFeedRelayRound(delivered.size(), stopped, batch.size() == batchSize, true);
    }

    /** The CloudEvent an entry goes out as: as appended, or mapped now for an entry of the old form. */
    private SupervisionFeedEvent map(PendingFeedEntry entry, Map<String, Optional<CaseView>> caseViews) {
        return switch (entry) {
            case PendingFeedEntry.Mapped m -> m.event();
            case PendingFeedEntry.Unmapped u -> switch (u.event()) {
                case CaseEvent e -> mapping.of(e, caseOf(e.caseId(), caseViews));
                case WarningRaised w -> mapping.of(w, caseOf(w.caseId(), caseViews));
                default -> throw new UnknownFeedEvent(u.position(), u.event());
            };
        };
    }

    /** The case as the servicecase context shows it now, read once per batch; null when it knows none. */
    private CaseView caseOf(String caseId, Map<String, Optional<CaseView>> caseViews) {
        return caseViews.computeIfAbsent(caseId, cases::read).orElse(null);
    }
}

package org.openhall.supervision.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/**
 * The feed's outbox in memory, positions handed out in append order, as the table's sequence does;
 * for tests of the relay and of the feed's adapters.
 */
public final class InMemorySupervisionFeedOutbox implements SupervisionFeedOutbox {

    public final List<PendingFeedEntry> pending = new ArrayList<>();
    public final List<DeliveredFeedEntry> delivered = new ArrayList<>();
    public final List<Integer> batchesRead = new ArrayList<>();
    public int markStatements;
    public boolean turnHeldElsewhere;
    private long position;

    @Override
    public void append(SupervisionFeedEvent event) {
        if (pending.stream().anyMatch(p -> p instanceof PendingFeedEntry.Mapped m && m.event().id().equals(event.id()))
                || delivered.stream().anyMatch(d -> d.sent().id().equals(event.id()))) {
            return;
        }
        pending.add(new PendingFeedEntry.Mapped(++position, event));
    }

    /** An entry an installation still owed when it was upgraded: the event itself, not mapped yet. */
    public void appendUnmapped(DomainEvent event) {
        pending.add(new PendingFeedEntry.Unmapped(++position, event));
    }

    @Override
    public boolean takeRelayTurn() {
        return !turnHeldElsewhere;
    }

    @Override
    public List<PendingFeedEntry> undelivered(int limit) {
        List<PendingFeedEntry> batch = List.copyOf(pending.subList(0, Math.min(limit, pending.size())));
        batchesRead.add(batch.size());
        return batch;
    }

    @Override
    public void markDelivered(List<DeliveredFeedEntry> entries) {
        markStatements++;
        for (DeliveredFeedEntry d : entries) {
            if (!pending.removeIf(p -> p.position() == d.entry().position())) {
                throw new IllegalStateException("entry " + d.entry().position() + " marked twice or never appended");
            }
            delivered.add(d);
        }
    }

    @Override
    public List<SupervisionFeedEvent> deliveredBetween(Instant from, Instant to) {
        return delivered.stream().map(DeliveredFeedEntry::sent)
                .filter(e -> !e.time().toInstant().isBefore(from) && e.time().toInstant().isBefore(to)).toList();
    }
}

package org.openhall.supervision.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;


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
    public void append(SupervisionFeedEntry entry) {
        pending.add(new PendingFeedEntry(++position, entry.event()));
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
            if (!pending.removeIf(p -> p.position() == d.position())) {
                throw new IllegalStateException("entry " + d.position() + " marked twice or never appended");
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

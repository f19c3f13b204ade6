package org.openhall.bootstrap;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener standing in for the contexts that will react to case events (supervision, SMS): it
 * makes the event publication registry record publications, which the tests then inspect.
 */
public class RecordedEvents {

    private final List<CaseAccepted> accepted = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(CaseAccepted event) {
        accepted.add(event);
    }

    public List<CaseAccepted> accepted() {
        return accepted;
    }

    private final List<TicketFollowedUp> followedUp = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(TicketFollowedUp event) {
        followedUp.add(event);
    }

    /** The follow-up calls of tickets, as the ratings side receives them. */
    public List<TicketFollowedUp> followedUp() {
        return followedUp;
    }
}

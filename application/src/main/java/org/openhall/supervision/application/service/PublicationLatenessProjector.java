package org.openhall.supervision.application.service;

import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
import org.openhall.supervision.domain.Finding;
import org.openhall.supervision.domain.SupervisionRule;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Turns a disclosure catalog entry published late (主动公开逾期) into a warning of its department
 * ({@link SupervisionRule#PUBLICATION_OVERDUE}); the entry with its revision is the warned record.
 *
 * <p>Stays an asynchronous module listener, unlike the case projection: the event comes from the
 * disclosure context's daily overdue report, a job with no person waiting on it, a handful of entries
 * at a time, and a supervision rule that failed should not stop the disclosure side from recording
 * that an entry is overdue. The publication registry delivers it again when the warning could not be
 * stored; the warning store refuses a second (entry, rule, level).
 */
public class PublicationLatenessProjector {

    private final WarningRaiser raiser;
    private final SupervisionSettings settings;

    public PublicationLatenessProjector(WarningRaiser raiser, SupervisionSettings settings) {
        this.raiser = raiser;
        this.settings = settings;
    }

    @ApplicationModuleListener
    public void on(CatalogEntryPublicationOverdue event) {
        settings.rules().levelOf(SupervisionRule.PUBLICATION_OVERDUE).ifPresent(level -> raiser.raise(
                event.entryId() + "/" + event.revision(), event.indexNumber(), event.department(), null,
                new Finding(SupervisionRule.PUBLICATION_OVERDUE, level, event.publicationDueOn()),
                settings.dayOf(event.occurredAt())));
    }
}

package org.openhall.disclosure.application.port.out;

import org.openhall.disclosure.domain.catalog.CatalogEntrySnapshot;
import org.openhall.disclosure.domain.request.DisclosureRequestSnapshot;

/** Snapshots with another version, as a store hands them back after a save. */
public final class Versions {

    private Versions() {
    }

    public static DisclosureRequestSnapshot withVersion(DisclosureRequestSnapshot s, long version) {
        return new DisclosureRequestSnapshot(s.id(), s.number(), s.requester(), s.description(), s.channel(),
                s.submittedAt(), s.submittedOn(), s.receivedOn(), s.status(), s.correction(), s.correctedOn(),
                s.replyClock(), s.extensionNotifiedOn(), s.consultations(), s.fee(), s.deferral(), s.deferredOn(),
                s.reply(), s.repliedOn(), s.repliedBy(), s.repliedLate(), s.withdrawal(), s.withdrawnOn(),
                s.withdrawalReason(), s.challenges(), s.auditCount(), version);
    }

    public static CatalogEntrySnapshot withVersion(CatalogEntrySnapshot s, long version) {
        return new CatalogEntrySnapshot(s.id(), s.indexNumber(), s.content(), s.attachments(), s.status(),
                s.recordedAt(), s.recordedBy(), s.changedOn(), s.revision(), s.pendingChange(), s.firstPublishedOn(),
                s.publishedOn(), s.publicCopy(), s.withdrawnOn(), s.withdrawnBy(), s.withdrawalReason(),
                s.overdueReportedRevision(), s.auditCount(), version);
    }
}

package org.openhall.disclosure.domain.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a {@link CatalogEntry} is made of, for storage and for rebuilding it through
 * {@link CatalogEntry#restore}.
 *
 * @param changedOn the day of the last making or change, day 0 of the publication period
 * @param pendingChange whether a published entry has a change not yet published
 * @param publicCopy the masked copy of the last publication; {@code null} before the first
 * @param overdueReportedRevision the last revision whose overdue publication was reported; 0 for none
 * @param version optimistic-lock version; 0 for an entry never stored
 */
public record CatalogEntrySnapshot(CatalogEntryId id, IndexNumber indexNumber, EntryContent content,
        List<Attachment> attachments, EntryStatus status, Instant recordedAt, String recordedBy, LocalDate changedOn,
        int revision, boolean pendingChange, LocalDate firstPublishedOn, LocalDate publishedOn, PublicCopy publicCopy,
        LocalDate withdrawnOn, String withdrawnBy, String withdrawalReason, int overdueReportedRevision,
        int auditCount, long version) {

    public CatalogEntrySnapshot {
        attachments = List.copyOf(attachments);
    }
}

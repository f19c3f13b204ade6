package org.openhall.disclosure.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A stored catalog entry: the original, and in the public_* columns the masked copy of its last publication. */
@Table("disclosure_entry")
record CatalogEntryRow(
        @Id UUID id,
        String indexNumber,
        String title,
        String summary,
        String body,
        String category,
        String department,
        LocalDate madeOn,
        @MappedCollection(idColumn = "entry_id", keyColumn = "position") List<EntryNameRow> personalNames,
        @MappedCollection(idColumn = "entry_id", keyColumn = "position") List<AttachmentRow> attachments,
        String status,
        Instant recordedAt,
        String recordedBy,
        LocalDate changedOn,
        int revision,
        boolean pendingChange,
        LocalDate firstPublishedOn,
        LocalDate publishedOn,
        String publicTitle,
        String publicSummary,
        String publicBody,
        @MappedCollection(idColumn = "entry_id", keyColumn = "position") List<PublicTextRow> publicTexts,
        LocalDate withdrawnOn,
        String withdrawnBy,
        String withdrawalReason,
        int overdueReportedRevision,
        int auditCount,
        @Version long version) {
}

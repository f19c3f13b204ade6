package org.openhall.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.disclosure.domain.catalog.EntryStatus;
import org.openhall.disclosure.domain.catalog.ReviewState;

/**
 * A catalog entry as authorised staff see it: the original text, personal data unmasked, with its
 * publication state and deadline.
 *
 * @param publicationDueOn the last of the 20 working days for the waiting publication; {@code null} when none waits
 */
public record EntryView(String id, String indexNumber, String title, String summary, String body, String category,
        String department, LocalDate madeOn, LocalDate changedOn, int revision, EntryStatus status,
        boolean pendingChange, LocalDate publicationDueOn, boolean publicationOverdue, LocalDate publishedOn,
        List<String> personalNames, List<AttachmentView> attachments, LocalDate withdrawnOn, String withdrawalReason,
        long version) {

    /** An attachment's metadata and review state. */
    public record AttachmentView(int number, String fileName, String mediaType, long sizeBytes, ReviewState review,
            String reviewedBy, LocalDate reviewedOn) {
    }
}

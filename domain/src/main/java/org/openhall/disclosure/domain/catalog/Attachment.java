package org.openhall.disclosure.domain.catalog;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * An attachment of a catalog entry (附件): its metadata and, for a text document, its text.
 *
 * <p>Only text can be checked for personal data by machine. An attachment whose media type is not
 * {@code text/*} — an image, a scanned PDF — or that came without its text waits for a person's
 * review ({@link ReviewState#PENDING}) and holds the publication of its entry until released.
 *
 * @param number 1 for the first attachment of the entry
 * @param text the text of a text attachment; {@code null} for one whose text cannot be checked
 * @param reviewedBy who released it, for a reviewed attachment
 */
@ValueObject
public record Attachment(int number, String fileName, String mediaType, long sizeBytes, String text,
        ReviewState review, String reviewedBy, LocalDate reviewedOn) {

    public Attachment {
        if (number < 1) {
            throw new InvalidValue("attachment.number", "must be 1 or more");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidValue("attachment.fileName", "must be 1 to 255 characters");
        }
        if (mediaType == null || !mediaType.matches("[a-z]+/[a-z0-9.+\\-]+")) {
            throw new InvalidValue("attachment.mediaType", "must be a media type such as text/plain or image/png");
        }
        if (sizeBytes < 0) {
            throw new InvalidValue("attachment.sizeBytes", "must not be negative");
        }
        if (review == null) {
            throw new InvalidValue("attachment.review", "must be given");
        }
        if ((review == ReviewState.APPROVED) != (reviewedBy != null && reviewedOn != null)) {
            throw new InvalidValue("attachment.review", "a released attachment records who released it and when");
        }
    }

    /** A new attachment: checked by machine when it is text with its text given, otherwise waiting for a person. */
    public static Attachment received(int number, String fileName, String mediaType, long sizeBytes, String text) {
        boolean checkable = mediaType != null && mediaType.startsWith("text/") && text != null;
        return new Attachment(number, fileName, mediaType, sizeBytes, checkable ? text : null,
                checkable ? ReviewState.NOT_NEEDED : ReviewState.PENDING, null, null);
    }

    public boolean awaitsReview() {
        return review == ReviewState.PENDING;
    }

    Attachment released(String reviewer, LocalDate on) {
        return new Attachment(number, fileName, mediaType, sizeBytes, text, ReviewState.APPROVED, reviewer, on);
    }
}

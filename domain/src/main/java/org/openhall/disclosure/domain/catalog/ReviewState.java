package org.openhall.disclosure.domain.catalog;

/** Whether a person must look at an attachment for personal data before it goes public. */
public enum ReviewState {
    /** Its text is checked and redacted by machine. */
    NOT_NEEDED,
    /** Its text cannot be checked (an image, a scan): it waits for a person. */
    PENDING,
    /** A person checked it and released it. */
    APPROVED
}

package org.openhall.participation.domain;

/** Whose contact data a staff member revealed. */
public enum ContactHolder {
    /** Someone who commented on a draft. */
    COMMENTER,
    /** Someone who registered for a hearing. */
    HEARING_REGISTRANT
}

package org.openhall.disclosure.domain.catalog;

/** Where a catalog entry stands. */
public enum EntryStatus {
    /** 待公开: made, not yet published; the 20 working days of Art. 26 run. */
    DRAFT,
    /** 已公开: on every public channel (possibly with a change waiting to be published). */
    PUBLISHED,
    /** 已撤回: taken off the public channels, with a recorded reason. */
    WITHDRAWN
}

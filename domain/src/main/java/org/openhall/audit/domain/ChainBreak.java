package org.openhall.audit.domain;

/**
 * How the chain is broken at a record (断链原因).
 */
public enum ChainBreak {
    /** The record's content no longer gives its stored hash: it was altered. */
    CONTENT_ALTERED,
    /** The record does not carry its predecessor's hash: the predecessor or the link was rewritten. */
    LINK_BROKEN,
    /** Sequence numbers are missing before this record: records were removed. */
    GAP,
    /** The record names a hash algorithm this installation does not know. */
    UNKNOWN_ALGORITHM
}

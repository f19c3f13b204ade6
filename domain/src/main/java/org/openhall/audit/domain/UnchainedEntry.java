package org.openhall.audit.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An audit entry stored but not yet linked into the chain (待入链记录): the request that caused it
 * committed it with its change, and the chainer gives it its place and hash later, in id order.
 *
 * @param id    the number the store gave it when it was written, increasing with each insert
 * @param entry what happened
 */
@ValueObject
public record UnchainedEntry(long id, AuditEntry entry) {

    public UnchainedEntry {
        Objects.requireNonNull(entry, "entry");
    }
}

package org.openhall.catalog.domain;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/**
 * Identifies one version of an item (事项版本): its code and its version number. Numbers start at
 * 1 and follow the order in which versions took effect; a case refers to the version it was
 * received under.
 */
public record ApprovalItemVersionId(ApprovalItemCode code, int version) implements Identifier {

    public ApprovalItemVersionId {
        if (code == null) {
            throw new InvalidValue("itemCode", "must not be empty");
        }
        if (version < 1) {
            throw new InvalidValue("version", "must be at least 1");
        }
    }

    /** The version that follows this one. */
    public ApprovalItemVersionId next() {
        return new ApprovalItemVersionId(code, version + 1);
    }

    @Override
    public String toString() {
        return code.value() + " v" + version;
    }
}

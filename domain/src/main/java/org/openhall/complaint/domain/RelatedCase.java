package org.openhall.complaint.domain;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The case an efficiency complaint (效能投诉) is about, by id and number, with the staff who acted
 * on it: supervision and ratings hold them to account.
 */
@ValueObject
public record RelatedCase(String caseId, String caseNumber, String department, List<String> handlers) {

    public RelatedCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        handlers = List.copyOf(handlers);
    }
}

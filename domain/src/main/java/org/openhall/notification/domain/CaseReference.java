package org.openhall.notification.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** The case a notice is about (办件), by its id, number and responsible department. */
@ValueObject
public record CaseReference(String caseId, String caseNumber, String department) {
}

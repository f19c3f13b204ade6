package org.openhall.supervision.domain;

import java.util.Set;

/** A warning or card that counts in the figures (not revoked), with the case's item and handlers. */
public record CardFact(String caseId, String department, String itemCode, Set<String> handlers, WarningLevel level) {
}

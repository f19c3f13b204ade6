package org.openhall.servicecase.application.port.in;

import java.util.List;

/**
 * A case and the staff who acted on it.
 *
 * @param handlers the user names of everyone who recorded a step of the case, in the order they first
 *                 acted, without repeats
 */
public record CaseHandlersView(String caseId, String caseNumber, String department, List<String> handlers) {

    public CaseHandlersView {
        handlers = List.copyOf(handlers);
    }
}

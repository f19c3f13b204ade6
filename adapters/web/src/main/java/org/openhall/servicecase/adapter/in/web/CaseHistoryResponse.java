package org.openhall.servicecase.adapter.in.web;

import java.util.List;

/** The full record of a case (留痕), oldest step first. */
public record CaseHistoryResponse(String caseId, List<TransitionResponse> transitions) {
}

package org.openhall.supervision.adapter.in.web;

import java.util.List;

/** An accountability record for a card. */
public record AccountabilityRequest(String warningId, List<String> staff, String measure, String reasons) {
}

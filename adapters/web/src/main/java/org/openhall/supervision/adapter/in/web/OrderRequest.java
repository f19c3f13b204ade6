package org.openhall.supervision.adapter.in.web;

/** A supervisory order about a case or a warning; {@code replyWorkingDays} defaults to the pack's. */
public record OrderRequest(String caseId, String warningId, String instruction, Integer replyWorkingDays) {
}

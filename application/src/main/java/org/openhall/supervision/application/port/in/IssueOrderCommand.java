package org.openhall.supervision.application.port.in;

/**
 * A supervisory order about a case or a warning. The department is the case's or the warning's;
 * {@code replyWorkingDays} may be left out for the pack's default.
 */
public record IssueOrderCommand(String caseId, String warningId, String instruction, Integer replyWorkingDays) {
}

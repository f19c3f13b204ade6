package org.openhall.notification.application.port.in;

import java.time.Instant;
import java.util.Map;

/**
 * Tell the applicant of a case about one case event with one template: the event's (caseId,
 * sequence) and the template make the notice's id. {@code sendFrom}: not before (null: at once).
 */
public record NotifyApplicantCommand(String caseId, int sequence, String templateKey, Map<String, String> variables,
        Instant sendFrom) {

    public NotifyApplicantCommand {
        variables = Map.copyOf(variables);
    }
}

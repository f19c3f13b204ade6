package org.openhall.notification.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.notification.domain.NoticeId;

/**
 * Makes the notice (短信通知) for one case event, once: the same event and template again makes
 * nothing new. Nothing is made when the county has no such template or the applicant has no
 * mobile number; a non-service message to a number that opted out is recorded as suppressed.
 */
@PrimaryPort
public interface NotifyApplicantUseCase {

    /** The notice's id, or empty when no notice was due. */
    Optional<NoticeId> notify(NotifyApplicantCommand command);
}

package org.openhall.bootstrap.wiring;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.openhall.complaint.application.port.out.RatingInvitationDelivery;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.notification.application.port.in.NotifyApplicantCommand;
import org.openhall.notification.application.port.in.NotifyApplicantUseCase;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.DomainProblem;

/**
 * Texts a case's rating code to its applicant with the county's {@code rating-code} SMS template
 * ({ratingCode}, {validUntil}; the notification context adds {itemName} and {caseNumber}). The notice is
 * written in the same transaction that registered the ratable case, so the code is sent exactly when it is
 * stored. A template the county cannot send (missing, not approved) is logged and skipped: retrying the case
 * event could not change that. Tickets carry no case, so their codes are not texted yet; a ticket is rated on
 * its follow-up call (HOTLINE) meanwhile.
 */
class SmsRatingInvitationDelivery implements RatingInvitationDelivery {

    static final String TEMPLATE = "rating-code";

    private static final System.Logger LOG = System.getLogger(SmsRatingInvitationDelivery.class.getName());
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final NotifyApplicantUseCase notify;
    private final CentreProfile centre;

    SmsRatingInvitationDelivery(NotifyApplicantUseCase notify, CentreProfile centre) {
        this.notify = notify;
        this.centre = centre;
    }

    @Override
    public void deliver(RatedService service, int sequence, String groupedCode, Instant expiresAt) {
        if (service.kind() != RatedServiceKind.CASE) {
            LOG.log(System.Logger.Level.INFO, "Rating code of ticket {0} not texted: tickets have no SMS channel yet",
                    service.number());
            return;
        }
        // The code is valid until just before expiresAt: the last whole day is the one before it when it
        // expires at midnight, else that day itself.
        String validUntil = CHINESE_DATE.format(expiresAt.minusNanos(1).atZone(centre.zone()));
        try {
            notify.notify(new NotifyApplicantCommand(service.reference(), sequence, TEMPLATE,
                    Map.of("ratingCode", groupedCode, "validUntil", validUntil), null));
        } catch (DomainProblem refused) {
            LOG.log(System.Logger.Level.WARNING, "No rating code SMS for case {0}: {1}", service.number(),
                    refused.getMessage());
        }
    }
}

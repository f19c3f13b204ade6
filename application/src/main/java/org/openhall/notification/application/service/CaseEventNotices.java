package org.openhall.notification.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.openhall.notification.application.port.in.NotifyApplicantCommand;
import org.openhall.notification.application.port.in.NotifyApplicantUseCase;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.CaseWithdrawn;
import org.openhall.servicecase.domain.event.CertificateDelivered;
import org.openhall.servicecase.domain.event.CertificateIssued;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.domain.DomainProblem;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Turns case events into notices to the applicant, after the case's transaction committed (from the
 * event publication registry, so a crash in between only delays them). Template by event:
 *
 * <table>
 * <caption>case event → template</caption>
 * <tr><td>CaseAccepted 受理</td><td>case-accepted ({promisedDate})</td></tr>
 * <tr><td>SupplementRequested 一次告知</td><td>supplement-requested ({noticeDate}, {materialCount})</td></tr>
 * <tr><td>CaseRefused 不予受理</td><td>case-refused</td></tr>
 * <tr><td>CaseCompleted 办结</td><td>case-completed; and the non-service rating-invitation, sent
 *     {@code rating.invitation.days-after-completion} days later</td></tr>
 * <tr><td>CertificateIssued 制证</td><td>certificate-issued</td></tr>
 * <tr><td>CertificateDelivered 送达 by mail</td><td>certificate-mailed ({carrier}, {trackingNumber})</td></tr>
 * <tr><td>CaseWithdrawn 撤回</td><td>case-withdrawn</td></tr>
 * </table>
 *
 * Every notice also has {itemName}, {caseNumber}, {applicantName} (masked) and {hallName}. A template the
 * county does not define sends nothing; one that cannot be rendered (not approved, too long, a
 * forbidden value) is logged and skipped, since retrying the event could not change that.
 */
public class CaseEventNotices {

    private static final System.Logger LOG = System.getLogger(CaseEventNotices.class.getName());
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final NotifyApplicantUseCase notify;
    private final CountyParameters parameters;
    private final NotificationSettings settings;
    private final CentreProfile centre;

    public CaseEventNotices(NotifyApplicantUseCase notify, CountyParameters parameters, NotificationSettings settings,
            CentreProfile centre) {
        this.notify = notify;
        this.parameters = parameters;
        this.settings = settings;
        this.centre = centre;
    }

    // One listener method per event that texts the applicant: the publication registry then records
    // publications for these events only, not for every step, fee or clock event of a case.

    @ApplicationModuleListener
    public void on(CaseAccepted e) {
        send(e, "case-accepted", Map.of("promisedDate", date(e.promisedDueDate())), null);
    }

    @ApplicationModuleListener
    public void on(SupplementRequested e) {
        send(e, "supplement-requested", Map.of("noticeDate", date(e.issuedOn()),
                "materialCount", Integer.toString(e.materialCodes().size())), null);
    }

    @ApplicationModuleListener
    public void on(CaseRefused e) {
        send(e, "case-refused", Map.of(), null);
    }

    @ApplicationModuleListener
    public void on(CaseCompleted e) {
        send(e, "case-completed", Map.of(), null);
        int days = parameters.get("rating.invitation.days-after-completion").map(String::strip)
                .filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt).orElse(1);
        LocalDate day = e.completedOn().plusDays(days);
        send(e, "rating-invitation", Map.of(), day.atTime(settings.dayStartsAt()).atZone(centre.zone()).toInstant());
    }

    @ApplicationModuleListener
    public void on(CertificateIssued e) {
        send(e, "certificate-issued", Map.of(), null);
    }

    @ApplicationModuleListener
    public void on(CertificateDelivered e) {
        if ("MAIL".equals(e.method())) {
            send(e, "certificate-mailed", Map.of("carrier", nullToEmpty(e.carrier()),
                    "trackingNumber", nullToEmpty(e.trackingNumber())), null);
        }
    }

    @ApplicationModuleListener
    public void on(CaseWithdrawn e) {
        send(e, "case-withdrawn", Map.of(), null);
    }

    private void send(CaseEvent event, String template, Map<String, String> variables, Instant sendFrom) {
        try {
            notify.notify(new NotifyApplicantCommand(event.caseId(), event.sequence(), template, variables, sendFrom));
        } catch (DomainProblem refused) {
            LOG.log(System.Logger.Level.WARNING, "No SMS {0} for case {1} event {2}: {3}", template,
                    event.caseNumber(), event.sequence(), refused.getMessage());
        }
    }

    private static String date(LocalDate day) {
        return day == null ? "" : CHINESE_DATE.format(day);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

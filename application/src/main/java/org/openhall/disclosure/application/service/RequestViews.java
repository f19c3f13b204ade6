package org.openhall.disclosure.application.service;

import java.time.LocalDate;
import java.util.Optional;

import org.openhall.disclosure.application.port.in.DisclosureRequestView;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestSnapshot;
import org.openhall.disclosure.domain.request.Requester;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.Deadline;
import org.openhall.shared.domain.time.Extension;

/** Builds the staff view of a request: personal data masked, deadlines as of today. */
final class RequestViews {

    private RequestViews() {
    }

    static DisclosureRequestView of(DisclosureRequest request, WorkingDayCalendar calendar, LocalDate today) {
        DisclosureRequestSnapshot s = request.snapshot();
        Requester requester = s.requester();
        Optional<Deadline> due = request.status().isClosed() ? Optional.empty() : request.replyDeadline(calendar, today);
        Extension extension = s.replyClock() == null || s.replyClock().extensions().isEmpty() ? null
                : s.replyClock().extensions().getFirst();
        return new DisclosureRequestView(s.id().toString(), s.number().value(), requester.kind(),
                requester.maskedName(), maskedIdentifier(requester), s.description(), s.channel(), s.submittedOn(),
                s.receivedOn(), s.status(), request.correctionNoticeDeadline(calendar).orElse(null),
                s.correction() == null ? null : new DisclosureRequestView.CorrectionView(s.correction().points(),
                        s.correction().issuedOn(), s.correction().dueOn()),
                s.correctedOn(), due.map(Deadline::dueDate).orElse(null), due.map(Deadline::provisional).orElse(false),
                due.map(Deadline::provisionalReason).orElse(null), request.isOverdue(today, calendar),
                extension == null ? null : new DisclosureRequestView.ExtensionView(extension.workingDays(),
                        extension.approvedBy(), extension.reason(), extension.approvedOn(), s.extensionNotifiedOn()),
                s.consultations().stream().map(c -> new DisclosureRequestView.ConsultationView(c.thirdParty(),
                        c.sentOn(), c.dueOn(), c.endedOn(), c.opinion())).toList(),
                s.fee() == null ? null : new DisclosureRequestView.FeeView(s.fee().scale(), s.fee().basis(),
                        s.fee().amount().yuan(), s.fee().assessedOn()),
                s.deferral() == null ? null : s.deferral().deferredUntil(), s.reply(), s.repliedOn(), s.repliedLate(),
                s.withdrawal(), s.withdrawnOn(),
                s.challenges().stream().map(c -> new DisclosureRequestView.ChallengeView(c.number(), c.kind(),
                        c.filedOn(), c.outcome(), c.decidedOn())).toList(),
                s.version());
    }

    private static String maskedIdentifier(Requester requester) {
        return requester.kind().isNaturalPerson() ? requester.idNumber().masked() : requester.creditCode().value();
    }
}

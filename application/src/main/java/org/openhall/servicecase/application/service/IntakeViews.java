package org.openhall.servicecase.application.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openhall.servicecase.application.port.in.ConsultationView;
import org.openhall.servicecase.application.port.in.ConsultationView.ReferralView;
import org.openhall.servicecase.application.port.in.IntakeStepView;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView.AppointmentView;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView.CorrectionView;
import org.openhall.servicecase.application.port.in.PreApplicationView;
import org.openhall.servicecase.domain.consultation.Consultation;
import org.openhall.servicecase.domain.consultation.ConsultationSnapshot;
import org.openhall.servicecase.domain.consultation.ConsultationTransition;
import org.openhall.servicecase.domain.consultation.Referral;
import org.openhall.servicecase.domain.preapplication.Appointment;
import org.openhall.servicecase.domain.preapplication.PreApplication;
import org.openhall.servicecase.domain.preapplication.PreApplicationSnapshot;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.servicecase.domain.preapplication.PreApplicationTransition;

/** Turns consultations and pre-applications into the views the ports return; personal data masked. */
final class IntakeViews {

    private IntakeViews() {
    }

    static ConsultationView of(Consultation consultation) {
        ConsultationSnapshot s = consultation.snapshot();
        Referral r = s.referral();
        return new ConsultationView(s.id().toString(), s.channel(), s.enquirer().name().masked(),
                s.enquirer().phone().masked(), s.question(), s.itemCode() == null ? null : s.itemCode().value(),
                s.department().value(), s.originDepartment().value(), s.firstContactClerk(), s.responsibleClerk(),
                s.state(), s.recordedAt(), s.answer(), s.answeredBy(), s.closedAt(), s.caseId(), s.caseNumber(),
                r == null ? null : new ReferralView(r.from().value(), r.to().value(), r.reason(), r.referredBy(),
                        r.referredAt(), r.acknowledgedBy(), r.acknowledgedAt()),
                s.version());
    }

    static PreApplicationView of(PreApplication preApplication, LocalDate today) {
        PreApplicationSnapshot s = preApplication.snapshot();
        return new PreApplicationView(s.id().toString(), s.reference().value(), s.itemCode().value(), s.itemVersion(),
                s.department().value(), s.applicant().name().masked(), s.applicant().idNumber().masked(),
                s.applicant().phone().masked(), List.copyOf(s.materials()), s.note(), s.state(), s.round(),
                s.submittedAt(), s.submittedOn(), s.reviewDue(), preApplication.reviewOverdueOn(today),
                corrections(s), appointment(s.appointment()), s.caseId(), s.caseNumber(), s.version());
    }

    static PreApplicationStatusView statusOf(PreApplication preApplication) {
        PreApplicationSnapshot s = preApplication.snapshot();
        return new PreApplicationStatusView(s.reference().value(), s.itemCode().value(), s.department().value(),
                s.applicant().name().masked(), s.state(), s.round(), s.submittedOn(), s.reviewDue(),
                List.copyOf(s.materials()),
                s.state() == PreApplicationState.CORRECTIONS_REQUESTED ? corrections(s) : List.of(),
                appointment(s.appointment()), s.caseNumber());
    }

    static IntakeStepView stepOf(ConsultationTransition t, ZoneId zone) {
        return new IntakeStepView(t.sequence(), t.action().name(), t.from() == null ? null : t.from().name(),
                t.to().name(), t.actor(), t.actorDepartment(), t.actingFor(), t.at().atZone(zone).toOffsetDateTime(),
                t.note());
    }

    static IntakeStepView stepOf(PreApplicationTransition t, ZoneId zone) {
        return new IntakeStepView(t.sequence(), t.action().name(), t.from() == null ? null : t.from().name(),
                t.to().name(), t.actor(), t.actorDepartment(), t.actingFor(), t.at().atZone(zone).toOffsetDateTime(),
                t.note());
    }

    private static List<CorrectionView> corrections(PreApplicationSnapshot s) {
        return s.corrections().stream().map(c -> new CorrectionView(c.materialCode(), c.what())).toList();
    }

    private static AppointmentView appointment(Appointment a) {
        return a == null ? null : new AppointmentView(a.date(), a.timeSlot(), a.window().value());
    }
}

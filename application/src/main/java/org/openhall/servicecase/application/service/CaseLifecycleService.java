package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.CollectFeesCommand;
import org.openhall.servicecase.application.port.in.CollectFeesUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseStepCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseStepUseCase;
import org.openhall.servicecase.application.port.in.DecideCaseCommand;
import org.openhall.servicecase.application.port.in.DecideCaseUseCase;
import org.openhall.servicecase.application.port.in.DeemOverdueReceiptsAcceptedUseCase;
import org.openhall.servicecase.application.port.in.DeliverCertificateCommand;
import org.openhall.servicecase.application.port.in.DeliverCertificateUseCase;
import org.openhall.servicecase.application.port.in.ExtendCaseDeadlineCommand;
import org.openhall.servicecase.application.port.in.ExtendCaseDeadlineUseCase;
import org.openhall.servicecase.application.port.in.IssueCertificateCommand;
import org.openhall.servicecase.application.port.in.IssueCertificateUseCase;
import org.openhall.servicecase.application.port.in.PauseCaseCommand;
import org.openhall.servicecase.application.port.in.PauseCaseUseCase;
import org.openhall.servicecase.application.port.in.RefundFeesCommand;
import org.openhall.servicecase.application.port.in.RefundFeesUseCase;
import org.openhall.servicecase.application.port.in.RefuseCaseCommand;
import org.openhall.servicecase.application.port.in.RefuseCaseUseCase;
import org.openhall.servicecase.application.port.in.ResumeCaseCommand;
import org.openhall.servicecase.application.port.in.ResumeCaseUseCase;
import org.openhall.servicecase.application.port.in.WaiveFeeCommand;
import org.openhall.servicecase.application.port.in.WaiveFeeUseCase;
import org.openhall.servicecase.application.port.in.WithdrawCaseCommand;
import org.openhall.servicecase.application.port.in.WithdrawCaseUseCase;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.Delivery;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case from acceptance to delivery, and the ways it can end early: refusal, withdrawal, deemed
 * acceptance. Every step loads the case within the caller's department, lets the aggregate
 * decide, and stores case, transitions and events in one transaction — all of it or none of it.
 */
@Application
public class CaseLifecycleService implements RefuseCaseUseCase, WithdrawCaseUseCase, CompleteCaseStepUseCase,
        PauseCaseUseCase, ResumeCaseUseCase, ExtendCaseDeadlineUseCase, DecideCaseUseCase, IssueCertificateUseCase,
        DeliverCertificateUseCase, CollectFeesUseCase, WaiveFeeUseCase, RefundFeesUseCase,
        DeemOverdueReceiptsAcceptedUseCase {

    /** The actor named in the audit trail for what the law does by itself (deemed acceptance). */
    public static final Actor SYSTEM = new Actor("system", Set.of(Role.ADMINISTRATOR), null, "系统");

    /** How many overdue receipts one run deems accepted at most; the next run takes the rest. */
    static final int DEEM_BATCH = 200;

    private final CaseWork work;

    public CaseLifecycleService(ServiceCaseRepository cases, ApprovalItemLookup catalog,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, WindowDutyQuery duties,
            CentreProfile centre, Clock clock) {
        this.work = new CaseWork(cases, catalog, calendars, events, duties, centre, clock);
    }

    @Override
    @Transactional
    public CaseView refuse(RefuseCaseCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().refuse(c.legalBasis(), c.reason(), s.actor(),
                work.clock));
    }

    @Override
    @Transactional
    public CaseView withdraw(WithdrawCaseCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().withdraw(c.reason(), s.actor(), work.clock));
    }

    @Override
    @Transactional
    public CaseView completeStep(CompleteCaseStepCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().completeStep(c.position(), c.opinion(), s.actor(),
                work.calendar(), work.clock));
    }

    @Override
    @Transactional
    public CaseView pause(PauseCaseCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().pause(c.procedure(), c.noticeReference(),
                c.noticedOn(), s.actor(), work.calendar(), work.clock));
    }

    @Override
    @Transactional
    public CaseView resume(ResumeCaseCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().resume(s.actor(), work.calendar(), work.clock));
    }

    @Override
    @Transactional
    public CaseView extend(ExtendCaseDeadlineCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().extend(c.workingDays(), c.approvedBy(), c.reason(),
                c.applicantToldOn(), s.actor(), work.calendar(), work.clock));
    }

    @Override
    @Transactional
    public CaseView decide(DecideCaseCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().decide(c.outcome(), c.legalBasis(), c.reason(),
                s.actor(), work.calendar(), work.clock));
    }

    @Override
    @Transactional
    public CaseView issueCertificate(IssueCertificateCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().issueCertificate(c.certificateNumber(), s.actor(),
                work.clock));
    }

    @Override
    @Transactional
    public CaseView deliver(DeliverCertificateCommand c) {
        return work.on(c.actor(), c.caseId(), s -> {
            LocalDate today = work.today();
            String by = s.actor().username();
            Delivery delivery = switch (c.method()) {
                case PICKUP -> Delivery.pickup(today, by, c.collectedBy(), c.idChecked(), c.byApplicant());
                case MAIL -> Delivery.mail(today, by, c.carrier(), c.trackingNumber());
            };
            s.serviceCase().deliver(delivery, s.actor(), work.clock);
        });
    }

    @Override
    @Transactional
    public CaseView collect(CollectFeesCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().collectFees(c.receiptNumber(), c.amounts(),
                s.actor(), work.clock));
    }

    @Override
    @Transactional
    public CaseView waive(WaiveFeeCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().waiveFee(c.feeName(), c.reason(), s.actor(),
                work.clock));
    }

    @Override
    @Transactional
    public CaseView refund(RefundFeesCommand c) {
        return work.on(c.actor(), c.caseId(), s -> s.serviceCase().refundFees(c.amount(), c.reason(), s.actor(),
                work.clock));
    }

    /**
     * One transaction: the overdue receipts are locked with SKIP LOCKED, so a second instance
     * running at the same moment passes over them, and once this one commits they are no longer
     * merely submitted. Each case's version check guards against any other writer as well.
     */
    @Override
    @Transactional
    public int deemOverdueReceiptsAccepted() {
        WorkingDayCalendar calendar = work.calendar();
        LocalDate cutoff = ServiceCase.lastReceiptDeemedAcceptedBy(work.today(), calendar);
        int deemed = 0;
        for (ServiceCaseId id : work.cases.lockReceiptsAwaitingAcceptance(cutoff, DEEM_BATCH)) {
            ServiceCase serviceCase = work.load(SYSTEM, id);
            serviceCase.deemAccepted(work.itemOf(serviceCase), SYSTEM, calendar, work.clock);
            work.store(serviceCase);
            deemed++;
        }
        return deemed;
    }
}

package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.InviteApplicantCommand;
import org.openhall.servicecase.application.port.in.IntakeStepView;
import org.openhall.servicecase.application.port.in.PreApplicationListFilter;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView;
import org.openhall.servicecase.application.port.in.PreApplicationView;
import org.openhall.servicecase.application.port.in.ReceivePreApplicationCommand;
import org.openhall.servicecase.application.port.in.RequestCorrectionsCommand;
import org.openhall.servicecase.application.port.in.ResubmitPreApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitPreApplicationCommand;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.PreApplicationReceived;
import org.openhall.servicecase.domain.preapplication.Appointment;
import org.openhall.servicecase.domain.preapplication.Correction;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.servicecase.domain.problem.AppointmentNotYetDue;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

class PreApplicationServiceTest {

    private static final Actor CLERK_SCJG = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");
    private static final Actor APPROVER_SCJG = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("SCJG"), "黄");
    private static final Actor CLERK_WSJK = new Actor("clerk.wsjk", Set.of(Role.CLERK), new DepartmentCode("WSJK"), "王芳");
    private static final PageRequest FIRST = new PageRequest(0, 20);
    // ZHANG_SAN's phone is 13907720001.
    private static final String LAST_FOUR = "0001";

    private final IntakeWiring wiring = new IntakeWiring();
    private final PreApplicationService service = wiring.preApplications;

    private PreApplicationStatusView submit(String... materials) {
        return service.submit(new SubmitPreApplicationCommand(new ApprovalItemCode("SCJG-001"),
                ServiceCaseFixtures.ZHANG_SAN, Set.of(materials), "想开小餐馆"));
    }

    private PreApplicationId idOf(PreApplicationStatusView status) {
        return wiring.preApplicationRepository.findByReference(new PreApplicationReference(status.reference()))
                .orElseThrow().getId();
    }

    @Test
    void theDefaultLimitIsTwoWorkingDaysAndTheCountyMayChangeIt() {
        // Tue 2026-09-29; Wed 09-30 is day 1, National Day 10-01..07, Thu 10-08 day 2, Fri 10-09 day 3.
        assertThat(submit("APP").reviewDue()).isEqualTo(LocalDate.parse("2026-10-08"));
        wiring.parameters.put(PreApplicationService.REVIEW_LIMIT_KEY, "3");
        assertThat(submit("APP").reviewDue()).isEqualTo(LocalDate.parse("2026-10-09"));
    }

    @Test
    void theStatusCheckAnswersWrongDigitsLikeAnUnknownReference() {
        PreApplicationStatusView submitted = submit("APP");
        PreApplicationReference reference = new PreApplicationReference(submitted.reference());

        assertThat(service.status(reference, LAST_FOUR).state()).isEqualTo(PreApplicationState.PENDING_REVIEW);
        assertThat(service.status(reference, LAST_FOUR).applicantName()).isEqualTo("张*");
        assertThatThrownBy(() -> service.status(reference, "9999"))
                .isInstanceOfSatisfying(ResourceNotFound.class,
                        e -> assertThat(e.code()).isEqualTo("pre-application.not-found"));
        assertThatThrownBy(() -> service.status(new PreApplicationReference("YS20260929-22222222"), LAST_FOUR))
                .isInstanceOfSatisfying(ResourceNotFound.class,
                        e -> assertThat(e.code()).isEqualTo("pre-application.not-found"));
    }

    @Test
    void unknownMaterialsAreRefusedOnSubmission() {
        assertThatThrownBy(() -> submit("APP", "NOPE")).isInstanceOf(UnknownMaterial.class);
    }

    @Test
    void correctionsResubmissionInvitationAndReceiptMakeARealCase() {
        PreApplicationStatusView submitted = submit("APP");
        PreApplicationId id = idOf(submitted);
        PreApplicationReference reference = new PreApplicationReference(submitted.reference());

        wiring.today("2026-09-30T09:00:00");
        service.requestCorrections(new RequestCorrectionsCommand(APPROVER_SCJG, id,
                List.of(new Correction("LAYOUT", "请补充经营场所平面布局图"))));
        PreApplicationStatusView corrections = service.status(reference, LAST_FOUR);
        assertThat(corrections.state()).isEqualTo(PreApplicationState.CORRECTIONS_REQUESTED);
        assertThat(corrections.corrections()).singleElement()
                .satisfies(c -> assertThat(c.materialCode()).isEqualTo("LAYOUT"));

        wiring.today("2026-10-08T09:00:00");
        PreApplicationStatusView resubmitted = service.resubmit(new ResubmitPreApplicationCommand(reference, LAST_FOUR,
                Set.of("APP", "LAYOUT"), null));
        assertThat(resubmitted.state()).isEqualTo(PreApplicationState.PENDING_REVIEW);
        // Thu 10-08 is day 0, Fri 10-09 day 1, make-up Sat 10-10 day 2.
        assertThat(resubmitted.reviewDue()).isEqualTo(LocalDate.parse("2026-10-10"));

        service.invite(new InviteApplicantCommand(CLERK_SCJG, id,
                new Appointment(LocalDate.parse("2026-10-12"), "09:00-10:00", new WindowCode("HS-CITY-W04"))));
        assertThatThrownBy(() -> service.receive(new ReceivePreApplicationCommand(CLERK_SCJG, id,
                Set.of("APP", "LAYOUT"), null))).isInstanceOf(AppointmentNotYetDue.class);
        assertThat(wiring.published).noneMatch(CaseSubmitted.class::isInstance);

        wiring.today("2026-10-12T09:10:00");
        PreApplicationView received = service.receive(new ReceivePreApplicationCommand(CLERK_SCJG, id,
                Set.of("APP", "LAYOUT"), null));
        assertThat(received.state()).isEqualTo(PreApplicationState.RECEIVED);
        assertThat(wiring.cases.findById(ServiceCaseId.of(received.caseId()))).get()
                .satisfies(c -> assertThat(c.window()).contains(new WindowCode("HS-CITY-W04")))
                .satisfies(c -> assertThat(c.snapshot().channel()).isEqualTo(SubmissionChannel.ONLINE))
                .satisfies(c -> assertThat(c.snapshot().preApplicationReference()).isEqualTo(reference.value()));
        assertThat(service.status(reference, LAST_FOUR).caseNumber()).isEqualTo(received.caseNumber());
        assertThat(wiring.published).hasAtLeastOneElementOfType(PreApplicationReceived.class);
        assertThat(service.history(CLERK_SCJG, id)).extracting(IntakeStepView::action).containsExactly("SUBMIT",
                "REQUEST_CORRECTIONS", "RESUBMIT", "INVITE", "RECEIVE");
        assertThat(service.history(CLERK_SCJG, id).get(0).actor()).isEqualTo("applicant");
    }

    @Test
    void overduePreReviewsAreListedForTheDepartment() {
        PreApplicationId late = idOf(submit("APP"));
        wiring.today("2026-10-08T10:00:00");
        submit("APP");

        wiring.today("2026-10-09T10:00:00");
        List<PreApplicationView> overdue = service.list(CLERK_SCJG,
                new PreApplicationListFilter(Optional.empty(), Optional.empty(), true), FIRST).content();
        assertThat(overdue).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(late.toString());
            assertThat(v.reviewOverdue()).isTrue();
        });
        assertThat(service.list(CLERK_WSJK, new PreApplicationListFilter(Optional.empty(), Optional.empty(), true),
                FIRST).content()).isEmpty();
    }

    @Test
    void anotherDepartmentCannotPreReview() {
        PreApplicationId id = idOf(submit("APP"));
        assertThatThrownBy(() -> service.invite(new InviteApplicantCommand(CLERK_WSJK, id,
                new Appointment(LocalDate.parse("2026-10-12"), "09:00-10:00", new WindowCode("HS-CITY-W04")))))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.get(CLERK_WSJK, id)).isInstanceOf(OutsideDepartmentScope.class);
    }

    @Test
    void anUnknownPreApplicationIsNotFoundForStaff() {
        assertThatThrownBy(() -> service.get(CLERK_SCJG, new PreApplicationId(UUID.randomUUID())))
                .isInstanceOf(ResourceNotFound.class);
    }
}

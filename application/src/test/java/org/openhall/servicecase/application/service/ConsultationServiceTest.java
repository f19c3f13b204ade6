package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.application.port.in.AcknowledgeReferralCommand;
import org.openhall.servicecase.application.port.in.AnswerConsultationCommand;
import org.openhall.servicecase.application.port.in.ConsultationListFilter;
import org.openhall.servicecase.application.port.in.ConsultationView;
import org.openhall.servicecase.application.port.in.ConvertConsultationToApplicationCommand;
import org.openhall.servicecase.application.port.in.IntakeStepView;
import org.openhall.servicecase.application.port.in.RecordConsultationCommand;
import org.openhall.servicecase.application.port.in.ReferConsultationCommand;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.consultation.ConsultationChannel;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.servicecase.domain.consultation.Enquirer;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.ConsultationBecameApplication;
import org.openhall.servicecase.domain.event.ConsultationReferred;
import org.openhall.servicecase.domain.problem.ConsultationNotInExpectedState;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

class ConsultationServiceTest {

    private static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    private static final DepartmentCode WSJK = new DepartmentCode("WSJK");
    private static final Actor CLERK_SCJG = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明");
    private static final Actor CLERK_SCJG_2 = new Actor("clerk.scjg.b", Set.of(Role.CLERK), SCJG, "赵敏");
    private static final Actor CLERK_WSJK = new Actor("clerk.wsjk", Set.of(Role.CLERK), WSJK, "王芳");
    private static final Actor CLERK_ZJJ = new Actor("clerk.zjj", Set.of(Role.CLERK), new DepartmentCode("ZJJ"), "周");
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");
    private static final PageRequest FIRST = new PageRequest(0, 20);

    private final IntakeWiring wiring = new IntakeWiring();
    private final ConsultationService service = wiring.consultations;

    private ConsultationView record(Actor clerk) {
        return service.record(new RecordConsultationCommand(clerk, ConsultationChannel.WINDOW,
                new Enquirer(new PersonName("张三"), new PhoneNumber("13800138000")), "开餐馆要办什么证？",
                new ApprovalItemCode("SCJG-001")));
    }

    private static ConsultationId idOf(ConsultationView view) {
        return new ConsultationId(UUID.fromString(view.id()));
    }

    @Test
    void aRecordedConsultationShowsTheEnquirerMaskedAndTheFirstContactClerkResponsible() {
        ConsultationView view = record(CLERK_SCJG);

        assertThat(view.state()).isEqualTo(ConsultationState.OPEN);
        assertThat(view.enquirerName()).isEqualTo("张*");
        assertThat(view.enquirerPhone()).isEqualTo("138****8000");
        assertThat(view.responsibleClerk()).isEqualTo("clerk.scjg");
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void referralAcknowledgementAndAnswerWalkTheConsultationThroughBothDepartments() {
        ConsultationId id = idOf(record(CLERK_SCJG));

        service.refer(new ReferConsultationCommand(CLERK_SCJG, id, WSJK, "属卫生许可"));
        assertThat(service.list(CLERK_SCJG, new ConsultationListFilter(Optional.empty(), Optional.empty(), true), FIRST)
                .content()).as("still in the referring clerk's list").hasSize(1);
        assertThat(service.list(CLERK_WSJK, new ConsultationListFilter(Optional.empty(), Optional.empty(), false),
                FIRST).content()).as("and in the receiving department's list").hasSize(1);
        assertThatThrownBy(() -> service.answer(new AnswerConsultationCommand(CLERK_WSJK, id, "答复")))
                .isInstanceOf(ConsultationNotInExpectedState.class);
        assertThatThrownBy(() -> service.acknowledge(new AcknowledgeReferralCommand(CLERK_SCJG, id)))
                .as("only the department referred to signs for it").isInstanceOf(OutsideDepartmentScope.class);

        service.acknowledge(new AcknowledgeReferralCommand(CLERK_WSJK, id));
        assertThat(service.list(CLERK_SCJG, new ConsultationListFilter(Optional.empty(), Optional.empty(), true), FIRST)
                .content()).as("acknowledged: off the referring clerk's list").isEmpty();
        assertThat(service.list(CLERK_WSJK, new ConsultationListFilter(Optional.empty(), Optional.empty(), true), FIRST)
                .content()).as("on the acknowledging clerk's").hasSize(1);

        ConsultationView answered = service.answer(new AnswerConsultationCommand(CLERK_WSJK, id, "请到卫健窗口"));
        assertThat(answered.state()).isEqualTo(ConsultationState.ANSWERED);
        assertThat(answered.referral().acknowledgedBy()).isEqualTo("clerk.wsjk");
        assertThat(service.history(CLERK_SCJG, id)).extracting(IntakeStepView::action)
                .containsExactly("RECORD", "REFER", "ACKNOWLEDGE_REFERRAL", "ANSWER");
        assertThat(wiring.published).hasAtLeastOneElementOfType(ConsultationReferred.class);
    }

    @Test
    void aConsultationBecomesARealCaseInOneStep() {
        ConsultationId id = idOf(record(CLERK_SCJG));

        ConsultationView view = service.convert(new ConvertConsultationToApplicationCommand(CLERK_SCJG, id,
                new ApprovalItemCode("SCJG-001"), ServiceCaseFixtures.ZHANG_SAN, Set.of("APP"), null));

        assertThat(view.state()).isEqualTo(ConsultationState.BECAME_APPLICATION);
        assertThat(view.caseNumber()).isNotBlank();
        assertThat(wiring.cases.findById(ServiceCaseId.of(view.caseId()))).get()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED));
        assertThat(wiring.published).hasAtLeastOneElementOfType(CaseSubmitted.class)
                .hasAtLeastOneElementOfType(ConsultationBecameApplication.class);
    }

    @Test
    void aClosedConsultationCreatesNoCase() {
        ConsultationId id = idOf(record(CLERK_SCJG));
        service.answer(new AnswerConsultationCommand(CLERK_SCJG, id, "已答复"));

        assertThatThrownBy(() -> service.convert(new ConvertConsultationToApplicationCommand(CLERK_SCJG, id,
                new ApprovalItemCode("SCJG-001"), ServiceCaseFixtures.ZHANG_SAN, Set.of("APP"), null)))
                .isInstanceOf(ConsultationNotInExpectedState.class);
        assertThat(wiring.published).noneMatch(CaseSubmitted.class::isInstance);
    }

    @Test
    void anotherDepartmentNeitherSeesNorActsOnAConsultation() {
        ConsultationId id = idOf(record(CLERK_SCJG));

        assertThatThrownBy(() -> service.get(CLERK_ZJJ, id)).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.answer(new AnswerConsultationCommand(CLERK_WSJK, id, "x")))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.list(CLERK_WSJK,
                new ConsultationListFilter(Optional.empty(), Optional.of(SCJG), false), FIRST))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThat(service.get(SUPERVISOR, id).department()).isEqualTo("SCJG");
    }

    @Test
    void aColleagueOfTheSameDepartmentMayAnswerButMineListsOnlyTheResponsibleClerks() {
        ConsultationId id = idOf(record(CLERK_SCJG));

        assertThat(service.list(CLERK_SCJG_2, new ConsultationListFilter(Optional.empty(), Optional.empty(), true),
                FIRST).content()).isEmpty();
        assertThat(service.answer(new AnswerConsultationCommand(CLERK_SCJG_2, id, "答复")).answeredBy())
                .isEqualTo("clerk.scjg.b");
    }

    @Test
    void anUnknownConsultationIsNotFound() {
        assertThatThrownBy(() -> service.get(CLERK_SCJG, new ConsultationId(UUID.randomUUID())))
                .isInstanceOfSatisfying(ResourceNotFound.class,
                        e -> assertThat(e.code()).isEqualTo("consultation.not-found"));
    }

    @Test
    void theListFiltersByState() {
        ConsultationId answered = idOf(record(CLERK_SCJG));
        record(CLERK_SCJG);
        service.answer(new AnswerConsultationCommand(CLERK_SCJG, answered, "答复"));

        assertThat(service.list(CLERK_SCJG, new ConsultationListFilter(Optional.of(ConsultationState.OPEN),
                Optional.empty(), false), FIRST).totalElements()).isEqualTo(1);
        assertThat(service.list(SUPERVISOR, new ConsultationListFilter(Optional.empty(), Optional.empty(), false),
                FIRST).totalElements()).isEqualTo(2);
    }
}

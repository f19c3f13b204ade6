package org.openhall.servicecase.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.event.ConsultationAnswered;
import org.openhall.servicecase.domain.event.ConsultationBecameApplication;
import org.openhall.servicecase.domain.event.ConsultationRecorded;
import org.openhall.servicecase.domain.event.ConsultationReferralAcknowledged;
import org.openhall.servicecase.domain.event.ConsultationReferred;
import org.openhall.servicecase.domain.problem.ConsultationNotInExpectedState;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

class ConsultationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    private static final DepartmentCode WSJK = new DepartmentCode("WSJK");
    private static final Actor CLERK_SCJG = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明");
    private static final Actor CLERK_WSJK = new Actor("clerk.wsjk", Set.of(Role.CLERK), WSJK, "王芳");
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2026-09-28T09:30:00").atZone(CHINA).toInstant(),
            CHINA);

    private static Consultation recorded() {
        return Consultation.record(new ConsultationId(UUID.randomUUID()), ConsultationChannel.PHONE,
                new Enquirer(new PersonName("张三"), new PhoneNumber("13800138000")), "开餐馆要办什么证？",
                new ApprovalItemCode("SCJG-001"), CLERK_SCJG, CLOCK);
    }

    @Test
    void recordingMakesTheFirstContactClerkResponsible() {
        Consultation c = recorded();

        assertThat(c.state()).isEqualTo(ConsultationState.OPEN);
        assertThat(c.responsibleClerk()).isEqualTo("clerk.scjg");
        assertThat(c.department()).isEqualTo(SCJG);
        assertThat(c.pullEvents()).singleElement().isInstanceOf(ConsultationRecorded.class);
        assertThat(c.pullTransitions()).singleElement().satisfies(t -> {
            assertThat(t.sequence()).isEqualTo(1);
            assertThat(t.action()).isEqualTo(ConsultationAction.RECORD);
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(ConsultationState.OPEN);
            assertThat(t.actorDepartment()).isEqualTo("SCJG");
        });
    }

    @Test
    void aQuestionIsRequired() {
        assertThatThrownBy(() -> Consultation.record(new ConsultationId(UUID.randomUUID()), ConsultationChannel.WINDOW,
                new Enquirer(new PersonName("张三"), new PhoneNumber("13800138000")), " ", null, CLERK_SCJG, CLOCK))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("question"));
    }

    @Test
    void aClerkWithoutDepartmentCannotBeFirstContact() {
        Actor supervisor = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "督查");
        assertThatThrownBy(() -> Consultation.record(new ConsultationId(UUID.randomUUID()), ConsultationChannel.WINDOW,
                new Enquirer(new PersonName("张三"), new PhoneNumber("13800138000")), "问", null, supervisor, CLOCK))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("department"));
    }

    @Test
    void answeringClosesTheConsultation() {
        Consultation c = recorded();
        c.pullTransitions();

        c.answer("需办理食品经营许可证。", CLERK_SCJG, CLOCK);

        assertThat(c.state()).isEqualTo(ConsultationState.ANSWERED);
        assertThat(c.snapshot().answer()).isEqualTo("需办理食品经营许可证。");
        assertThat(c.snapshot().closedAt()).isEqualTo(CLOCK.instant());
        assertThat(c.pullEvents()).last().isInstanceOf(ConsultationAnswered.class);
        assertThat(c.pullTransitions()).singleElement().satisfies(t -> assertThat(t.sequence()).isEqualTo(2));
    }

    @Test
    void anAnsweredConsultationCannotBeAnsweredReferredOrAppliedAgain() {
        Consultation c = recorded();
        c.answer("答复", CLERK_SCJG, CLOCK);

        assertThatThrownBy(() -> c.answer("again", CLERK_SCJG, CLOCK))
                .isInstanceOf(ConsultationNotInExpectedState.class);
        assertThatThrownBy(() -> c.refer(WSJK, "why", CLERK_SCJG, CLOCK))
                .isInstanceOf(ConsultationNotInExpectedState.class);
        assertThatThrownBy(c::requireOpenForApplication).isInstanceOf(ConsultationNotInExpectedState.class);
        assertThatThrownBy(() -> c.acknowledgeReferral(CLERK_WSJK, CLOCK))
                .isInstanceOf(ConsultationNotInExpectedState.class);
    }

    @Test
    void aBlankAnswerNamesTheField() {
        assertThatThrownBy(() -> recorded().answer("", CLERK_SCJG, CLOCK))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("answer"));
    }

    @Test
    void becomingAnApplicationRecordsTheCase() {
        Consultation c = recorded();

        c.becameApplication("9b0c6a5e-0000-4000-8000-000000000001", "451381-20260928-00001", CLERK_SCJG, CLOCK);

        assertThat(c.state()).isEqualTo(ConsultationState.BECAME_APPLICATION);
        assertThat(c.snapshot().caseNumber()).isEqualTo("451381-20260928-00001");
        assertThat(c.pullEvents()).last().isInstanceOfSatisfying(ConsultationBecameApplication.class,
                e -> assertThat(e.caseNumber()).isEqualTo("451381-20260928-00001"));
    }

    @Test
    void aReferralKeepsTheReferringClerkResponsibleUntilAcknowledged() {
        Consultation c = recorded();

        c.refer(WSJK, "属卫生健康局职责", CLERK_SCJG, CLOCK);

        assertThat(c.state()).isEqualTo(ConsultationState.REFERRED);
        assertThat(c.department()).isEqualTo(WSJK);
        assertThat(c.responsibleClerk()).isEqualTo("clerk.scjg");
        assertThat(c.referringDepartment()).contains(SCJG);
        assertThat(c.visibleTo(CLERK_SCJG)).isTrue();
        assertThat(c.visibleTo(CLERK_WSJK)).isTrue();
        assertThat(c.pullEvents()).last().isInstanceOfSatisfying(ConsultationReferred.class, e -> {
            assertThat(e.fromDepartment()).isEqualTo("SCJG");
            assertThat(e.toDepartment()).isEqualTo("WSJK");
        });
    }

    @Test
    void aReferredConsultationIsAnsweredOnlyAfterAcknowledgement() {
        Consultation c = recorded();
        c.refer(WSJK, "属卫生健康局职责", CLERK_SCJG, CLOCK);

        assertThatThrownBy(() -> c.answer("答复", CLERK_WSJK, CLOCK))
                .isInstanceOfSatisfying(ConsultationNotInExpectedState.class,
                        e -> assertThat(e.details()).containsEntry("consultationState", "REFERRED"));
        assertThatThrownBy(() -> c.refer(new DepartmentCode("ZJJ"), "again", CLERK_SCJG, CLOCK))
                .isInstanceOf(ConsultationNotInExpectedState.class);

        c.acknowledgeReferral(CLERK_WSJK, CLOCK);
        assertThat(c.state()).isEqualTo(ConsultationState.ACKNOWLEDGED);
        assertThat(c.responsibleClerk()).isEqualTo("clerk.wsjk");
        assertThat(c.referringDepartment()).isEmpty();
        assertThat(c.referral()).get().satisfies(r -> assertThat(r.acknowledgedBy()).isEqualTo("clerk.wsjk"));
        assertThat(c.pullEvents()).last().isInstanceOf(ConsultationReferralAcknowledged.class);

        assertThatThrownBy(() -> c.acknowledgeReferral(CLERK_WSJK, CLOCK))
                .isInstanceOf(ConsultationNotInExpectedState.class);
        c.answer("请到卫健窗口办理", CLERK_WSJK, CLOCK);
        assertThat(c.state()).isEqualTo(ConsultationState.ANSWERED);
        assertThat(c.pullTransitions()).extracting(ConsultationTransition::action).containsExactly(
                ConsultationAction.RECORD, ConsultationAction.REFER, ConsultationAction.ACKNOWLEDGE_REFERRAL,
                ConsultationAction.ANSWER);
    }

    @Test
    void aConsultationIsNotReferredToTheDepartmentAlreadyResponsible() {
        assertThatThrownBy(() -> recorded().refer(SCJG, "why", CLERK_SCJG, CLOCK))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("department"));
    }

    @Test
    void aReferralNeedsAReason() {
        assertThatThrownBy(() -> recorded().refer(WSJK, null, CLERK_SCJG, CLOCK))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void theHistoryNamesTheColleagueABPostActsFor() {
        Consultation c = recorded();
        c.pullTransitions();
        c.answer("答复", CLERK_SCJG.inPlaceOf("clerk.scjg.a"), CLOCK);
        assertThat(c.pullTransitions()).singleElement()
                .satisfies(t -> assertThat(t.actingFor()).isEqualTo("clerk.scjg.a"));
    }

    @Test
    void theEnquirerIsShownMasked() {
        Enquirer e = recorded().snapshot().enquirer();
        assertThat(e.name().masked()).isEqualTo("张*");
        assertThat(e.phone().masked()).isEqualTo("138****8000");
    }
}

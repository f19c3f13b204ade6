package org.openhall.disclosure.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.disclosure.domain.DisclosureSamples.HESHAN;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.openhall.disclosure.domain.DisclosureSamples.ZHANG_SAN;
import static org.openhall.disclosure.domain.DisclosureSamples.clockOn;
import static org.openhall.disclosure.domain.DisclosureSamples.receivedInPerson;
import static org.openhall.disclosure.domain.DisclosureSamples.registered;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.event.DisclosureRequestReceived;
import org.openhall.disclosure.domain.event.DisclosureRequestReplied;
import org.openhall.disclosure.domain.event.DisclosureRequestWithdrawn;
import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ExtensionCapExceeded;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.shared.domain.time.SettableClock;

/**
 * The request rules of the Regulations on Open Government Information, on 2026 dates across the
 * Spring Festival (off 02-15..23; make-up working days Sat 02-14 and Sat 02-28) and National Day
 * (中秋 09-25..27, 国庆 10-01..07; make-up working days Sun 09-20 and Sat 10-10). Every due date is
 * worked by hand in the comment above its assertion.
 */
class DisclosureRequestTest {

    private final SettableClock clock = clockOn("2026-02-11");

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate due(DisclosureRequest request, String asOf) {
        return request.replyDeadline(HESHAN, day(asOf)).orElseThrow().dueDate();
    }

    private static String code(Throwable problem) {
        return ((DomainProblem) problem).code();
    }

    @Nested
    class DayOfReceipt {

        @Test
        void inPersonTheRequestIsReceivedThatDayAndTheReplyIsDue20WorkingDaysLaterAcrossTheSpringFestival() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);

            // Wed 02-11 is day 0: 02-12 (1), 02-13 (2), Sat 02-14 make-up (3); 02-15..23 off;
            // 02-24..27 (4–7), Sat 02-28 make-up (8), 03-02..06 (9–13), 03-09..13 (14–18), 03-16 (19), 03-17 (20).
            assertThat(request.receivedOn()).contains(day("2026-02-11"));
            assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
            assertThat(due(request, "2026-02-11")).isEqualTo(day("2026-03-17"));
            DeadlineExplanation why = request.replyClock().orElseThrow().explain(HESHAN);
            assertThat(why.makeUpDaysCounted()).extracting(d -> d.date().toString())
                    .containsExactly("2026-02-14", "2026-02-28");
            assertThat(why.days()).filteredOn(d -> d.verdict() == DayVerdict.PUBLIC_HOLIDAY).hasSize(9);
            assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(DisclosureRequestReceived.class,
                    e -> assertThat(e.replyDueOn()).isEqualTo(day("2026-03-17")));
        }

        @Test
        void aRequestHandedInOnTheMakeUpSaturdayCountsThatDayAsDayZero() {
            DisclosureRequest request = receivedInPerson("2026-02-14", clock);

            // Sat 02-14 (make-up) is day 0; 02-24..27 (1–4), Sat 02-28 (5), 03-02..06 (6–10),
            // 03-09..13 (11–15), 03-16..20 (16–20).
            assertThat(due(request, "2026-02-14")).isEqualTo(day("2026-03-20"));
        }

        @Test
        void byRegisteredPostTheRequestIsReceivedOnTheDaySignedForNotTheDayItIsEntered() {
            clock.setDate("2026-02-24");
            DisclosureRequest request = DisclosureRequest.register(new DisclosureRequestId(java.util.UUID.randomUUID()),
                    RequestNumber.of("451381", 2026, 3), ZHANG_SAN, "本村低保名单", IntakeChannel.REGISTERED_POST,
                    day("2026-02-13"), OFFICER, HESHAN, clock);

            // Signed for Fri 02-13 (day 0): Sat 02-14 (1), 02-24..27 (2–5), Sat 02-28 (6), 03-02..06 (7–11),
            // 03-09..13 (12–16), 03-16..19 (17–20).
            assertThat(request.receivedOn()).contains(day("2026-02-13"));
            assertThat(due(request, "2026-02-24")).isEqualTo(day("2026-03-19"));
        }

        @Test
        void registeredPostWithoutTheDaySignedForIsRefused() {
            assertThatThrownBy(() -> DisclosureRequest.register(new DisclosureRequestId(java.util.UUID.randomUUID()),
                    RequestNumber.of("451381", 2026, 3), ZHANG_SAN, "本村低保名单", IntakeChannel.REGISTERED_POST, null,
                    OFFICER, HESHAN, clock))
                    .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("signedForOn"));
        }

        @Test
        void anOrdinaryLetterRunsNoPeriodUntilTheDayOfReceiptIsConfirmedWithTheApplicant() {
            DisclosureRequest request = registered(ZHANG_SAN, IntakeChannel.ORDINARY_LETTER, "2026-02-13", clock);

            assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CONFIRMATION);
            assertThat(request.receivedOn()).isEmpty();
            assertThat(request.replyDeadline(HESHAN, day("2026-06-30"))).isEmpty();
            assertThat(request.isOverdue(day("2026-06-30"), HESHAN)).as("no deadline, so never overdue").isFalse();

            clock.setDate("2026-02-26");
            request.confirmReceipt(day("2026-02-24"), OFFICER, HESHAN, clock);

            // Confirmed on Tue 02-24 (day 0): 02-25..27 (1–3), Sat 02-28 (4), 03-02..06 (5–9),
            // 03-09..13 (10–14), 03-16..20 (15–19), Mon 03-23 (20).
            assertThat(request.receivedOn()).contains(day("2026-02-24"));
            assertThat(due(request, "2026-02-26")).isEqualTo(day("2026-03-23"));
        }

        @Test
        void anOnlineRequestSentOnAHolidayIsReceivedOnTheDayBothSidesConfirmIt() {
            DisclosureRequest request = registered(ZHANG_SAN, IntakeChannel.ONLINE, "2026-10-03", clock);
            clock.setDate("2026-10-08");
            request.confirmReceipt(day("2026-10-08"), OFFICER, HESHAN, clock);

            // Thu 10-08 is day 0: 10-09 (1), Sat 10-10 make-up (2), 10-12..16 (3–7), 10-19..23 (8–12),
            // 10-26..30 (13–17), 11-02..04 (18–20).
            assertThat(due(request, "2026-10-08")).isEqualTo(day("2026-11-04"));
        }

        @Test
        void aConfirmationInTheFutureOrBeforeTheRequestArrivedIsRefused() {
            DisclosureRequest request = registered(ZHANG_SAN, IntakeChannel.FAX, "2026-02-24", clock);

            assertThatThrownBy(() -> request.confirmReceipt(day("2026-02-25"), OFFICER, HESHAN, clock))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> request.confirmReceipt(day("2026-02-23"), OFFICER, HESHAN, clock))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void aRequestReceivedInPersonNeedsNoConfirmation() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);

            assertThatThrownBy(() -> request.confirmReceipt(day("2026-02-11"), OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.invalid-state"));
        }
    }

    @Nested
    class Correction {

        @Test
        void theCorrectionNoticeIsDueWithin7WorkingDaysAndTheMakeUpSaturdayAfterIsTooLate() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);

            // Wed 02-11 is day 0: 02-12 (1), 02-13 (2), Sat 02-14 (3); 02-15..23 off; 02-24..27 (4–7).
            assertThat(request.correctionNoticeDeadline(HESHAN)).contains(day("2026-02-27"));
            clock.setDate("2026-02-28");
            assertThatThrownBy(() -> request.requestCorrection(List.of("请明确所需信息的年份"), day("2026-03-13"), OFFICER,
                    HESHAN, clock))
                    .isInstanceOfSatisfying(DisclosureConflict.class, p -> {
                        assertThat(p.code()).isEqualTo("disclosure.correction-period-expired");
                        assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
                        assertThat(p.details()).containsEntry("lastDay", day("2026-02-27"));
                    });
        }

        @Test
        void onTheSeventhWorkingDayTheNoticeIsStillInTimeAndStopsTheReplyPeriod() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);
            clock.setDate("2026-02-27");

            CorrectionNotice notice = request.requestCorrection(List.of("请明确所需信息的年份", "请说明项目所在村"),
                    day("2026-03-13"), OFFICER, HESHAN, clock);

            assertThat(notice.points()).hasSize(2);
            assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
            assertThat(request.replyDeadline(HESHAN, day("2026-04-30"))).isEmpty();
            assertThat(request.isOverdue(day("2026-04-30"), HESHAN)).isFalse();
        }

        @Test
        void aSecondCorrectionNoticeIsRefusedEvenAfterTheCorrectionCame() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);
            clock.setDate("2026-02-13");
            request.requestCorrection(List.of("请明确所需信息的年份"), day("2026-02-27"), OFFICER, HESHAN, clock);

            assertThatThrownBy(() -> request.requestCorrection(List.of("再补一项"), day("2026-02-27"), OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.correction-already-requested"));
            clock.setDate("2026-02-24");
            request.receiveCorrection(OFFICER, HESHAN, clock);
            assertThatThrownBy(() -> request.requestCorrection(List.of("再补一项"), day("2026-03-03"), OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.correction-already-requested"));
        }

        @Test
        void theReplyPeriodStartsAfreshOnTheDayTheCorrectedRequestArrives() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);
            clock.setDate("2026-02-13");
            request.requestCorrection(List.of("请明确所需信息的年份"), day("2026-02-27"), OFFICER, HESHAN, clock);
            clock.setDate("2026-02-26");

            request.receiveCorrection(OFFICER, HESHAN, clock);

            // Corrected request on Thu 02-26 (day 0): 02-27 (1), Sat 02-28 (2), 03-02..06 (3–7),
            // 03-09..13 (8–12), 03-16..20 (13–17), 03-23..25 (18–20). Not 03-17, the first due date.
            assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
            assertThat(due(request, "2026-02-26")).isEqualTo(day("2026-03-25"));
        }

        @Test
        void noCorrectionByTheApplicantsDeadlineMeansDeemedWithdrawnButNotOnTheLastDayItself() {
            DisclosureRequest request = receivedInPerson("2026-02-11", clock);
            clock.setDate("2026-02-13");
            request.requestCorrection(List.of("请明确所需信息的年份"), day("2026-02-27"), OFFICER, HESHAN, clock);
            request.pullEvents();

            clock.setDate("2026-02-27");
            assertThatThrownBy(() -> request.deemWithdrawn(OFFICER, clock))
                    .isInstanceOfSatisfying(DisclosureConflict.class, p -> {
                        assertThat(p.code()).isEqualTo("disclosure.correction-not-lapsed");
                        assertThat(p.details()).containsEntry("dueOn", day("2026-02-27"));
                    });
            clock.setDate("2026-02-28");
            request.deemWithdrawn(OFFICER, clock);

            assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
            assertThat(request.snapshot().withdrawal()).isEqualTo(Withdrawal.DEEMED_NO_CORRECTION);
            assertThat(request.isOverdue(day("2026-12-31"), HESHAN)).as("out of the overdue figures").isFalse();
            assertThat(request.pullEvents()).singleElement().isInstanceOf(DisclosureRequestWithdrawn.class);
        }
    }

    @Nested
    class ThirdPartyConsultation {

        @Test
        void theThirdPartyHas15WorkingDaysAndTheConsultationDoesNotCountAgainstTheReplyPeriod() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            // Fri 09-18 is day 0: Sun 09-20 make-up (1), 09-21..24 (2–5), 09-28..30 (6–8), 10-08 (9), 10-09 (10),
            // Sat 10-10 make-up (11), 10-12..16 (12–16), 10-19..22 (17–20).
            assertThat(due(request, "2026-09-18")).isEqualTo(day("2026-10-22"));

            clock.setDate("2026-09-21");
            Consultation consultation = request.consultThirdParty("合山市某某建材有限公司", OFFICER, HESHAN, clock);
            // Mon 09-21 is the third party's day 0: 09-22..24 (1–3), 09-28..30 (4–6), 10-08 (7), 10-09 (8),
            // Sat 10-10 (9), 10-12..16 (10–14), Mon 10-19 (15).
            assertThat(consultation.dueOn()).isEqualTo(day("2026-10-19"));

            clock.setDate("2026-10-09");
            request.recordOpinion(ThirdPartyOpinion.OBJECTS, OFFICER, clock);

            // Paused 09-21..10-09, holding 9 working days (09-21..24, 09-28..30, 10-08, 10-09): 10-22 + 9 →
            // 10-23 (1), 10-26..30 (2–6), 11-02..04 (7–9).
            assertThat(due(request, "2026-10-09")).isEqualTo(day("2026-11-04"));
            DeadlineExplanation why = request.replyClock().orElseThrow().explain(HESHAN);
            assertThat(why.pausedDays()).hasSize(19);
            assertThat(why.countedDays()).isEqualTo(20);
        }

        @Test
        void whileTheThirdPartyIsConsultedTheDeadlineIsProvisionalAndNoReplyCanBeGiven() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-09-21");
            request.consultThirdParty("某公司", OFFICER, HESHAN, clock);

            assertThat(request.replyDeadline(HESHAN, day("2026-09-22")).orElseThrow().provisional()).isTrue();
            assertThat(request.isOverdue(day("2026-10-23"), HESHAN)).as("the open pause runs to today").isFalse();
            assertThatThrownBy(() -> request.reply(disclosed(), OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.consultation-open"));
            assertThatThrownBy(() -> request.consultThirdParty("另一公司", OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.consultation-open"));
        }

        @Test
        void withoutAnAnswerThePauseEndsOnTheThirdPartysLastDayAndNotBefore() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-09-21");
            request.consultThirdParty("某公司", OFFICER, HESHAN, clock);

            clock.setDate("2026-10-19");
            assertThatThrownBy(() -> request.lapseConsultation(OFFICER, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.third-party-period-running"));
            clock.setDate("2026-10-20");
            request.lapseConsultation(OFFICER, clock);

            // Paused 09-21..10-19: counted Sun 09-20 (1), then 10-20..23 (2–5), 10-26..30 (6–10),
            // 11-02..06 (11–15), 11-09..13 (16–20).
            assertThat(request.consultations()).singleElement()
                    .satisfies(c -> assertThat(c.opinion()).isEqualTo(ThirdPartyOpinion.NONE));
            assertThat(due(request, "2026-10-20")).isEqualTo(day("2026-11-13"));
        }

        @Test
        void anOpinionOnTheDayOfReceiptItselfPausesNothing() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            request.consultThirdParty("某公司", OFFICER, HESHAN, clock);
            request.recordOpinion(ThirdPartyOpinion.CONSENTS, OFFICER, clock);

            assertThat(request.replyClock().orElseThrow().pauses()).isEmpty();
            assertThat(due(request, "2026-09-18")).isEqualTo(day("2026-10-22"));
        }
    }

    @Nested
    class Extension {

        @Test
        void oneExtensionOfUpTo20WorkingDaysWithApproverAndNoticeMovesTheDueDate() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-22");

            request.extend(20, "办公室主任 黄某", "需调取多个部门档案", day("2026-10-22"), OFFICER, HESHAN, clock);

            // 10-22 + 20: 10-23 (1), 10-26..30 (2–6), 11-02..06 (7–11), 11-09..13 (12–16), 11-16..19 (17–20).
            assertThat(due(request, "2026-10-22")).isEqualTo(day("2026-11-19"));
            assertThat(request.snapshot().extensionNotifiedOn()).isEqualTo(day("2026-10-22"));
            assertThat(request.pullAudit()).extracting(AuditRecord::action).containsExactly("REGISTER", "RECEIVE", "EXTEND");
        }

        @Test
        void aSecondExtensionIsAConflict() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-12");
            request.extend(5, "主任", "档案较多", day("2026-10-12"), OFFICER, HESHAN, clock);

            assertThatThrownBy(() -> request.extend(5, "主任", "仍需时间", day("2026-10-12"), OFFICER, HESHAN, clock))
                    .isInstanceOfSatisfying(DisclosureConflict.class, p -> {
                        assertThat(p.code()).isEqualTo("disclosure.extension-already-granted");
                        assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
                    });
        }

        @Test
        void moreThan20WorkingDaysAreRefused() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-12");

            assertThatThrownBy(() -> request.extend(21, "主任", "档案较多", day("2026-10-12"), OFFICER, HESHAN, clock))
                    .isInstanceOfSatisfying(ExtensionCapExceeded.class, p -> assertThat(p.cap()).isEqualTo(20));
        }

        @Test
        void anExtensionWithoutTheApproverOrTheNoticeToTheApplicantNamesTheMissingField() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-12");

            assertThatThrownBy(() -> request.extend(10, " ", "档案较多", day("2026-10-12"), OFFICER, HESHAN, clock))
                    .isInstanceOfSatisfying(IncompleteRecord.class, p -> {
                        assertThat(p.code()).isEqualTo("disclosure.extension-incomplete");
                        assertThat(p.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                        assertThat(p.details()).containsEntry("field", "approvedBy");
                    });
            assertThatThrownBy(() -> request.extend(10, "主任", "档案较多", null, OFFICER, HESHAN, clock))
                    .isInstanceOfSatisfying(IncompleteRecord.class,
                            p -> assertThat(p.details()).containsEntry("field", "applicantNotifiedOn"));
        }

        @Test
        void onceThePeriodRanOutItCanNoLongerBeExtended() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-23");

            assertThatThrownBy(() -> request.extend(10, "主任", "档案较多", day("2026-10-23"), OFFICER, HESHAN, clock))
                    .isInstanceOfSatisfying(DisclosureConflict.class, p -> {
                        assertThat(p.code()).isEqualTo("disclosure.reply-period-expired");
                        assertThat(p.details()).containsEntry("dueDate", day("2026-10-22"));
                    });
        }
    }

    @Nested
    class Reply {

        @Test
        void aReplyOnTheDueDateIsInTimeAndTheDayAfterIsLate() {
            DisclosureRequest inTime = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-22");
            assertThat(inTime.isOverdue(day("2026-10-22"), HESHAN)).isFalse();
            inTime.reply(disclosed(), OFFICER, HESHAN, clock);
            assertThat(inTime.snapshot().repliedLate()).isFalse();

            DisclosureRequest late = receivedInPerson("2026-09-18", clock);
            late.pullEvents();
            clock.setDate("2026-10-23");
            assertThat(late.isOverdue(day("2026-10-23"), HESHAN)).isTrue();
            late.reply(disclosed(), OFFICER, HESHAN, clock);
            assertThat(late.status()).isEqualTo(RequestStatus.REPLIED);
            assertThat(late.isOverdue(day("2026-10-23"), HESHAN)).as("a replied request is no longer running").isFalse();
            assertThat(late.pullEvents()).singleElement().isInstanceOfSatisfying(DisclosureRequestReplied.class,
                    e -> assertThat(e.late()).isTrue());
        }

        @Test
        void aSecondReplyIsAConflict() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            request.reply(disclosed(), OFFICER, HESHAN, clock);

            assertThatThrownBy(() -> request.reply(disclosed(), OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.invalid-state"));
        }

        @Test
        void aDeferredExcessiveRequestStaysOpenAndIsDueOnTheStatedDay() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            clock.setDate("2026-10-12");
            request.reply(new ReplyContent(ReplyType.EXCESSIVE, null, null, null, null, "一次申请 300 个项目的全部档案", null, null,
                    null, null, null, ExcessiveHandling.DEFERRED, day("2026-12-15")), OFFICER, HESHAN, clock);

            assertThat(request.status()).isEqualTo(RequestStatus.DEFERRED);
            assertThat(due(request, "2026-10-12")).isEqualTo(day("2026-12-15"));
            assertThat(request.isOverdue(day("2026-12-15"), HESHAN)).isFalse();
            assertThat(request.isOverdue(day("2026-12-16"), HESHAN)).isTrue();
            assertThatThrownBy(() -> request.reply(new ReplyContent(ReplyType.EXCESSIVE, null, null, null, null, "再次延迟",
                    null, null, null, null, null, ExcessiveHandling.DEFERRED, day("2027-01-15")), OFFICER, HESHAN, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.already-deferred"));

            clock.setDate("2026-12-10");
            request.reply(disclosed(), OFFICER, HESHAN, clock);
            assertThat(request.status()).isEqualTo(RequestStatus.REPLIED);
            assertThat(request.snapshot().repliedLate()).isFalse();
        }
    }

    @Nested
    class Fees {

        @Test
        void oneRequestIsChargedByOneScaleOnlyAndOnce() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            FeeAssessment fee = request.assessFee(FeeScale.PER_PAGE, 250, OFFICER, clock);
            assertThat(fee.amount()).isEqualTo(org.openhall.shared.domain.money.Money.yuan("4700"));

            assertThatThrownBy(() -> request.assessFee(FeeScale.PER_REQUEST, 12, OFFICER, clock))
                    .isInstanceOfSatisfying(DisclosureConflict.class, p -> {
                        assertThat(p.code()).isEqualTo("disclosure.fee-already-assessed");
                        assertThat(p.details()).containsEntry("scale", "PER_PAGE");
                    });
        }

        @Test
        void thePerPageScaleNeedsThePages() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);

            assertThatThrownBy(() -> request.assessFee(FeeScale.PER_PAGE, null, OFFICER, clock))
                    .isInstanceOfSatisfying(IncompleteRecord.class, p -> assertThat(p.details()).containsEntry("field", "pages"));
        }
    }

    @Nested
    class Challenges {

        @Test
        void aReconsiderationIsRecordedPendingAndItsOutcomeOnlyOnce() {
            DisclosureRequest request = receivedInPerson("2026-09-18", clock);
            request.reply(disclosed(), OFFICER, HESHAN, clock);
            clock.setDate("2026-10-20");
            Challenge filed = request.recordChallenge(ChallengeKind.RECONSIDERATION, day("2026-10-19"), OFFICER, clock);
            assertThat(filed.outcome()).isEqualTo(ChallengeOutcome.PENDING);

            request.decideChallenge(1, ChallengeOutcome.UPHELD, day("2026-10-20"), OFFICER, clock);

            assertThat(request.challenges()).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(ChallengeOutcome.UPHELD));
            assertThatThrownBy(() -> request.decideChallenge(1, ChallengeOutcome.CORRECTED, day("2026-10-20"), OFFICER, clock))
                    .satisfies(p -> assertThat(code(p)).isEqualTo("disclosure.challenge-already-decided"));
        }
    }

    static ReplyContent disclosed() {
        return new ReplyContent(ReplyType.DISCLOSED, null, DeliveryMode.PROVIDED, null, null, null, null, null, null, null,
                null, null, null);
    }
}

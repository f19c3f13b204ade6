package org.openhall.disclosure.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.shared.domain.ProblemKind;

/** Every reply type of Arts. 35–37 states what the law asks of it, or is refused naming the missing field. */
class ReplyContentTest {

    private static ReplyContent of(ReplyType type, String whereToFind, DeliveryMode delivery, String arrangement,
            WithholdingGround ground, String reasons, String agency, String agencyContact, String earlier,
            String procedure, ExcessiveHandling handling, LocalDate until) {
        return new ReplyContent(type, whereToFind, delivery, arrangement, ground, reasons, null, agency, agencyContact,
                earlier, procedure, handling, until);
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "ALREADY_PUBLIC, whereToFind",
        "DISCLOSED, delivery",
        "PARTIALLY_DISCLOSED, delivery",
        "NOT_DISCLOSED, withholdingGround",
        "REPEAT_REQUEST, earlierReply",
        "SPECIAL_PROCEDURE, specialProcedure",
        "EXCESSIVE, excessiveHandling" })
    void aReplyWithoutItsRequiredFieldIsRefusedNamingIt(ReplyType type, String field) {
        assertThatThrownBy(() -> of(type, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(IncompleteRecord.class, p -> {
                    assertThat(p.code()).isEqualTo("disclosure.reply-incomplete");
                    assertThat(p.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                    assertThat(p.details()).containsEntry("replyType", type.name()).containsEntry("field", field);
                });
    }

    @Test
    void aRefusalMustGiveItsReasonsAndBlankReasonsAreNoReasons() {
        assertThatThrownBy(() -> of(ReplyType.NOT_DISCLOSED, null, null, null, WithholdingGround.STATE_SECRET, "  ", null,
                null, null, null, null, null))
                .isInstanceOfSatisfying(IncompleteRecord.class, p -> assertThat(p.details()).containsEntry("field", "reasons"));
    }

    @Test
    void disclosureByArrangementMustSayHowWhereAndWhen() {
        assertThatThrownBy(() -> of(ReplyType.DISCLOSED, null, DeliveryMode.BY_ARRANGEMENT, null, null, null, null, null,
                null, null, null, null))
                .isInstanceOfSatisfying(IncompleteRecord.class, p -> assertThat(p.details()).containsEntry("field", "arrangement"));
    }

    @Test
    void aPartialDisclosureGivesTheReasonsForThePartWithheld() {
        assertThatThrownBy(() -> of(ReplyType.PARTIALLY_DISCLOSED, null, DeliveryMode.PROVIDED, null,
                WithholdingGround.THIRD_PARTY_RIGHTS, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(IncompleteRecord.class, p -> assertThat(p.details()).containsEntry("field", "reasons"));
    }

    @Test
    void notThisAgencyMayLeaveTheCompetentAgencyOpenButNotGiveAContactWithoutAName() {
        assertThatNoException().isThrownBy(() -> of(ReplyType.NOT_THIS_AGENCY, null, null, null, null, null, null, null,
                null, null, null, null));
        assertThatThrownBy(() -> of(ReplyType.NOT_THIS_AGENCY, null, null, null, null, null, null, "0772-8912345", null,
                null, null, null))
                .isInstanceOfSatisfying(IncompleteRecord.class,
                        p -> assertThat(p.details()).containsEntry("field", "competentAgency"));
    }

    @Test
    void aDeferredExcessiveRequestNamesTheDayOfTheReply() {
        assertThatThrownBy(() -> of(ReplyType.EXCESSIVE, null, null, null, null, "数量明显超过合理范围", null, null, null, null,
                ExcessiveHandling.DEFERRED, null))
                .isInstanceOfSatisfying(IncompleteRecord.class,
                        p -> assertThat(p.details()).containsEntry("field", "deferredUntil"));
        assertThat(of(ReplyType.EXCESSIVE, null, null, null, null, "理由不合理", null, null, null, null,
                ExcessiveHandling.NOT_PROCESSED, null).isDeferral()).isFalse();
    }

    @Test
    void doesNotExistNeedsNothingMore() {
        assertThatNoException().isThrownBy(() -> of(ReplyType.DOES_NOT_EXIST, null, null, null, null, null, null, null, null,
                null, null, null));
    }

    @Test
    void everyReplyStatesReconsiderationWithin60DaysAndLitigationWithin6Months() {
        assertThat(Remedies.STATEMENT).contains("60日内").contains("行政复议").contains("6个月内").contains("行政诉讼");
    }
}

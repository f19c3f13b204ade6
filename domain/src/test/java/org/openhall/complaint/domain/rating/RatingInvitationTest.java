package org.openhall.complaint.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.rating.problem.RatingCodeExpired;
import org.openhall.complaint.domain.rating.problem.RatingPhoneMismatch;
import org.openhall.shared.domain.InvalidValue;

class RatingInvitationTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T02:00:00Z");

    private final RatingCode code = RatingCode.random();
    private final RatingInvitation invitation = RatingInvitation.issue(code, RatingFixtures.endedCase(),
            "138-0013-8000", ISSUED, 7);

    @Test
    void theWholeNumberOrItsLastFourDigitsProveTheBinding() {
        Instant later = ISSUED.plusSeconds(3600);

        assertThatCode(() -> invitation.redeem(code, "13800138000", later)).doesNotThrowAnyException();
        assertThatCode(() -> invitation.redeem(code, "+86 138 0013 8000", later)).doesNotThrowAnyException();
        assertThatCode(() -> invitation.redeem(RatingCode.parse(code.grouped().toLowerCase()), "8000", later))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherNumberOrAnotherTailIsRefused() {
        assertThatThrownBy(() -> invitation.redeem(code, "13900139000", ISSUED)).isInstanceOf(RatingPhoneMismatch.class);
        assertThatThrownBy(() -> invitation.redeem(code, "8001", ISSUED)).isInstanceOf(RatingPhoneMismatch.class);
        assertThatThrownBy(() -> invitation.redeem(code, "800", ISSUED)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void theCodeExpiresAfterTheCountysWindowOfCalendarDays() {
        assertThat(invitation.expiresAt()).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
        assertThatCode(() -> invitation.redeem(code, "8000", Instant.parse("2026-03-09T01:59:59Z")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> invitation.redeem(code, "8000", invitation.expiresAt()))
                .isInstanceOf(RatingCodeExpired.class);
    }

    @Test
    void neitherTheCodeNorThePhoneIsStoredInClear() {
        String grouped = code.grouped();

        assertThat(invitation.codeHash()).isEqualTo(code.hash()).doesNotContain(grouped.replace("-", ""));
        assertThat(invitation.phoneHash()).doesNotContain("13800138000").isNotEqualTo(RatingCode.sha256("13800138000"));
        assertThat(invitation.tailHash()).isNotEqualTo(invitation.phoneHash());
        assertThat(code.toString()).doesNotContain(grouped.substring(3));
    }

    @Test
    void codesAreTwentyFiveLettersInGroupsOfFiveAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String grouped = RatingCode.random().grouped();
            assertThat(grouped).matches("([A-HJ-NP-Z]{5}-){4}[A-HJ-NP-Z]{5}");
            seen.add(grouped);
        }
        assertThat(seen).hasSize(1000);
        assertThatThrownBy(() -> RatingCode.parse("ABCDE-12345")).isInstanceOf(InvalidValue.class);
    }
}

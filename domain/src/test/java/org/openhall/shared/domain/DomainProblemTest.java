package org.openhall.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DomainProblemTest {

    @Test
    void anInvalidValueNamesTheFieldAndTheReason() {
        InvalidValue problem = new InvalidValue("phoneNumber", "must not be blank");

        assertThat(problem.code()).isEqualTo("value.invalid");
        assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(problem.field()).isEqualTo("phoneNumber");
        assertThat(problem.reason()).isEqualTo("must not be blank");
        assertThat(problem.details()).containsExactly(entry("field", "phoneNumber"), entry("reason", "must not be blank"));
        assertThat(problem).hasMessage("phoneNumber: must not be blank");
    }

    @Test
    void anExceededExtensionCapIsUnprocessableAndCarriesItsFigures() {
        ExtensionCapExceeded problem = new ExtensionCapExceeded(10, 5, 10);

        assertThat(problem.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
        assertThat(problem.code()).isEqualTo("clock.extension-cap-exceeded");
        assertThat(problem.details()).containsExactly(entry("cap", 10), entry("requested", 5), entry("alreadyGranted", 10));
        assertThat(problem.cap()).isEqualTo(10);
        assertThat(problem.requested()).isEqualTo(5);
        assertThat(problem.alreadyGranted()).isEqualTo(10);
        assertThat(problem.getMessage()).contains("10 already granted");
    }

    @Test
    void detailsKeepTheirOrderAndCannotBeChanged() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("z", 1);
        details.put("a", 2);
        DomainProblem problem = new DomainProblem("test.ordered", ProblemKind.CONFLICT, "ordered", details) {
        };

        details.put("b", 3);

        assertThat(problem.details()).containsExactly(entry("z", 1), entry("a", 2));
        assertThatThrownBy(() -> problem.details().put("c", 4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aProblemCodeIsDottedLowerCase() {
        assertThatThrownBy(() -> new DomainProblem("NotDotted", ProblemKind.CONFLICT, "bad", Map.of()) {
        }).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clockConflictsHaveTheirOwnCodes() {
        assertThat(CaseClockConflict.stillPaused(LocalDate.of(2026, 3, 9)).code()).isEqualTo("clock.still-paused");
        assertThat(CaseClockConflict.noOpenPause().kind()).isEqualTo(ProblemKind.CONFLICT);
        assertThat(CaseClockConflict.pauseOverlaps(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)).details())
                .containsExactly(entry("from", LocalDate.of(2026, 3, 9)), entry("existingFrom", LocalDate.of(2026, 3, 2)));
    }
}

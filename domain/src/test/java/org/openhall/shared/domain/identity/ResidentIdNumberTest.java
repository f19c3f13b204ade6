package org.openhall.shared.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class ResidentIdNumberTest {

    @Test
    void theExampleOfTheStandardIsValid() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(new ResidentIdNumber("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aLowerCaseXIsStoredUpperCase() {
        assertThat(new ResidentIdNumber(" 45138119850118123x ").value()).isEqualTo("45138119850118123X");
    }

    @Test
    void maskingKeepsTheFirstFourAndTheLastFour() {
        ResidentIdNumber number = new ResidentIdNumber("45138119850118123X");

        assertThat(number.masked()).isEqualTo("4513**********123X");
        assertThat(number.lastFour()).isEqualTo("123X");
        assertThat(number.addressCode()).isEqualTo("451381");
        assertThat(number).hasToString("4513**********123X");
    }

    @Test
    void aWrongCheckCharacterIsRejected() {
        assertThatThrownBy(() -> new ResidentIdNumber("451381199001011238"))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> {
                    assertThat(problem.field()).isEqualTo("residentIdNumber");
                    assertThat(problem.reason()).contains("check character");
                    assertThat(problem.getMessage()).doesNotContain("451381");
                });
        assertThat(new ResidentIdNumber("451381199001011239").value()).isEqualTo("451381199001011239");
    }

    @Test
    void theBirthDateMustBeARealDate() {
        assertThat(new ResidentIdNumber("45138120000229001X").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        String notLeap = "45138120010229001";
        assertThatThrownBy(() -> new ResidentIdNumber(notLeap + ResidentIdNumber.checkCharacter(notLeap)))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.reason()).contains("birth date"));
    }

    @Test
    void malformedNumbersAreRejected() {
        assertThatThrownBy(() -> new ResidentIdNumber("45138119900101123")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ResidentIdNumber("4513811990010112X9")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ResidentIdNumber(null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ResidentIdNumber("")).isInstanceOf(InvalidValue.class);
    }
}

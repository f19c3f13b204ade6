package org.openhall.disclosure.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

    @Test
    void identityNumbersAreMaskedEvenWithAWrongCheckDigitOrALowerCaseX() {
        assertThat(PersonalDataRedactor.redact("号码 11010519491231002x 与 451381198001011230。", List.of()))
                .isEqualTo("号码 1101**********002x 与 4513**********1230。");
    }

    @Test
    void mobileNumbersAreMaskedWithOrWithoutSeparatorsAndCountryCode() {
        assertThat(PersonalDataRedactor.redact("电话13800138000，或 +86 139-1234-5678", List.of()))
                .isEqualTo("电话138****8000，或 139****5678");
    }

    @Test
    void landlinesKeepTheirAreaCodeAndLastFourDigits() {
        assertThat(PersonalDataRedactor.redact("办公电话 0772-4212345", List.of())).isEqualTo("办公电话 0772-***2345");
    }

    @Test
    void numbersThatAreNotPersonalDataStay() {
        String text = "2026年补助资金 1380000 元，文号 合政发〔2026〕12号，索引号 HSZF-ZCWJ-2026-0001";
        assertThat(PersonalDataRedactor.redact(text, List.of())).isEqualTo(text);
    }

    @Test
    void givenNamesAreMaskedLongestFirst() {
        assertThat(PersonalDataRedactor.redact("欧阳娜娜与欧阳、张三", List.of("欧阳", "欧阳娜娜", "张三")))
                .isEqualTo("欧阳**与欧*、张*");
    }
}

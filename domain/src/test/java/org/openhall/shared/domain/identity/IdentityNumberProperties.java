package org.openhall.shared.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.UnifiedSocialCreditCode.ValidationResult;

class IdentityNumberProperties {

    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** 17 digits of a plausible number: any address code, a real birth date, any sequence. */
    @Provide
    Arbitrary<String> first17Digits() {
        Arbitrary<String> address = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<LocalDate> birth = Arbitraries.integers()
                .between(0, (int) (LocalDate.of(2025, 12, 31).toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay()))
                .map(LocalDate.of(1900, 1, 1)::plusDays);
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(address, birth, sequence)
                .as((a, b, s) -> a + b.format(DateTimeFormatter.BASIC_ISO_DATE) + s);
    }

    /** 17 characters of a code: the set of GB 32100, characters 3 to 8 digits. */
    @Provide
    Arbitrary<String> first17CodeCharacters() {
        Arbitrary<String> head = Arbitraries.strings().withChars(CREDIT_CODE_CHARACTERS).ofLength(2);
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> organisation = Arbitraries.strings().withChars(CREDIT_CODE_CHARACTERS).ofLength(9);
        return Combinators.combine(head, division, organisation).as((h, d, o) -> h + d + o);
    }

    @Property
    void anyNumberWithItsComputedCheckCharacterParses(@ForAll("first17Digits") String first17) {
        String number = first17 + ResidentIdNumber.checkCharacter(first17);

        assertThat(new ResidentIdNumber(number).value()).isEqualTo(number);
        assertThat(new ResidentIdNumber(number.toLowerCase()).value()).isEqualTo(number);
    }

    @Property
    void changingAnySingleDigitBreaksTheResidentIdChecksum(
            @ForAll("first17Digits") String first17, @ForAll @IntRange(max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char check = ResidentIdNumber.checkCharacter(first17);
        char changed = (char) ('0' + (first17.charAt(position) - '0' + shift) % 10);
        String mutated = first17.substring(0, position) + changed + first17.substring(position + 1);

        assertThat(ResidentIdNumber.checkCharacter(mutated)).isNotEqualTo(check);
        assertThatThrownBy(() -> new ResidentIdNumber(mutated + check)).isInstanceOf(InvalidValue.class);
    }

    @Property
    void aWrongCheckCharacterNeverParses(@ForAll("first17Digits") String first17, @ForAll @IntRange(min = 1, max = 10) int shift) {
        String characters = "10X98765432";
        char wrong = characters.charAt((characters.indexOf(ResidentIdNumber.checkCharacter(first17)) + shift) % 11);

        assertThatThrownBy(() -> new ResidentIdNumber(first17 + wrong)).isInstanceOf(InvalidValue.class);
    }

    @Property
    void anyCodeWithItsComputedCheckCharacterIsValid(@ForAll("first17CodeCharacters") String first17) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);

        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(ValidationResult.VALID);
        assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
    }

    @Property
    void changingAnySingleCharacterBreaksTheCreditCodeChecksum(
            @ForAll("first17CodeCharacters") String first17, @ForAll @IntRange(max = 16) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        boolean inDivisionCode = position >= 2 && position <= 7;
        String alphabet = inDivisionCode ? "0123456789" : CREDIT_CODE_CHARACTERS;
        char original = code.charAt(position);
        char changed = alphabet.charAt((alphabet.indexOf(original) + shift) % alphabet.length());
        if (changed == original) {
            changed = alphabet.charAt((alphabet.indexOf(original) + 1) % alphabet.length());
        }
        String mutated = code.substring(0, position) + changed + code.substring(position + 1);

        assertThat(UnifiedSocialCreditCode.check(mutated)).isEqualTo(ValidationResult.CHECKSUM_MISMATCH);
    }
}

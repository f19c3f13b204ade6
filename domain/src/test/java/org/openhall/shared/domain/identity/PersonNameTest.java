package org.openhall.shared.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class PersonNameTest {

    @Test
    void maskingKeepsTheSurnameAndStarsEveryOtherCharacter() {
        assertThat(new PersonName("张三").masked()).isEqualTo("张*");
        assertThat(new PersonName("李小龙").masked()).isEqualTo("李**");
        assertThat(new PersonName("欧阳娜娜").masked()).isEqualTo("欧阳**");
        assertThat(new PersonName("阿依古丽·买买提").masked()).isEqualTo("阿*******");
    }

    @Test
    void aCompoundSurnameIsKeptOnlyWhenSomethingIsLeftToStar() {
        assertThat(new PersonName("欧阳").masked()).isEqualTo("欧*");
        assertThat(new PersonName("王").masked()).isEqualTo("*");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        // 𠮷 (U+20BB7) takes two chars in Java.
        assertThat(new PersonName("𠮷田").masked()).isEqualTo("𠮷*");
        assertThat(new PersonName("田𠮷").masked()).isEqualTo("田*");
    }

    @Test
    void aNameIsTrimmedAndNeverBlank() {
        assertThat(new PersonName("  张三 ").value()).isEqualTo("张三");
        assertThat(new PersonName("张三")).hasToString("张*");
        assertThatThrownBy(() -> new PersonName("  ")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PersonName("张\n三")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PersonName("张".repeat(65))).isInstanceOf(InvalidValue.class);
    }
}

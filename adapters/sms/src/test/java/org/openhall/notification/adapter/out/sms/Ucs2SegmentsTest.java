package org.openhall.notification.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class Ucs2SegmentsTest {

    @Test
    void seventyCharactersFitOneMessageWithoutHeader() {
        List<byte[]> parts = Ucs2Segments.of("字".repeat(70), 1);

        assertThat(parts).singleElement().satisfies(p -> assertThat(p).hasSize(140));
    }

    @Test
    void seventyOneCharactersTakeTwoSegmentsEachWithItsHeader() {
        List<byte[]> parts = Ucs2Segments.of("字".repeat(71), 9);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(6 + 134).startsWith(0x05, 0x00, 0x03, 9, 2, 1);
        assertThat(parts.get(1)).hasSize(6 + 8).startsWith(0x05, 0x00, 0x03, 9, 2, 2);
    }

    @Test
    void aSurrogatePairIsNeverCut() {
        String text = "字".repeat(66) + "𠀀" + "字".repeat(10);
        List<byte[]> parts = Ucs2Segments.of(text, 1);

        assertThat(parts.get(0)).hasSize(6 + 132);
    }
}

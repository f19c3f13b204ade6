package org.openhall.servicecase.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseNumberPattern;

/**
 * What every {@link CaseNumberSequence} must do. A subclass hands in a sequence that has handed
 * out no number yet, before each test.
 */
public abstract class CaseNumberSequenceContract {

    private static final String HESHAN = "451381";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private CaseNumberSequence numbers;

    protected abstract CaseNumberSequence unusedSequence();

    @BeforeEach
    void createSequence() {
        numbers = unusedSequence();
    }

    @Test
    public void aNumberIsTheRegionTheDayAndAFiveDigitCount() {
        assertThat(numbers.next(HESHAN, MONDAY)).isEqualTo(new CaseNumber("451381-20260302-00001"));
        assertThat(numbers.next(HESHAN, MONDAY)).isEqualTo(new CaseNumber("451381-20260302-00002"));
    }

    @Test
    public void numbersNeverRepeatAndCountUpWithinADay() {
        List<String> handedOut = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            handedOut.add(numbers.next(HESHAN, MONDAY).value());
        }

        assertThat(handedOut).doesNotHaveDuplicates().isSorted();
        assertThat(handedOut.getLast()).isEqualTo("451381-20260302-00120");
    }

    @Test
    public void theCountStartsAgainEveryDay() {
        numbers.next(HESHAN, MONDAY);
        numbers.next(HESHAN, MONDAY);

        assertThat(numbers.next(HESHAN, MONDAY.plusDays(1))).isEqualTo(new CaseNumber("451381-20260303-00001"));
        assertThat(numbers.next(HESHAN, MONDAY)).isEqualTo(new CaseNumber("451381-20260302-00003"));
    }

    @Test
    public void eachRegionCountsOnItsOwn() {
        numbers.next(HESHAN, MONDAY);

        assertThat(numbers.next("451302", MONDAY)).isEqualTo(new CaseNumber("451302-20260302-00001"));
    }

    @Test
    public void aCountyPatternNumbersByItsOwnScope() {
        CaseNumberPattern monthly = new CaseNumberPattern("HS{date:yyyyMM}/{region}/{seq:4}");
        assertThat(numbers.next(monthly, HESHAN, MONDAY).value()).isEqualTo("HS202603/451381/0001");
        assertThat(numbers.next(monthly, HESHAN, MONDAY.plusDays(10)).value())
                .as("a monthly pattern keeps counting through the month").isEqualTo("HS202603/451381/0002");
        assertThat(numbers.next(monthly, HESHAN, MONDAY.plusMonths(1)).value()).isEqualTo("HS202604/451381/0001");
        assertThat(numbers.next(HESHAN, MONDAY).value()).as("the default pattern counts on its own")
                .isEqualTo("451381-20260302-00001");
    }
}

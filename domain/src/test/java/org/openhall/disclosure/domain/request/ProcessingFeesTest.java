package org.openhall.disclosure.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhall.shared.domain.money.Money;

/** The two progressive scales of 国办函〔2020〕109号, on worked examples. */
class ProcessingFeesTest {

    @ParameterizedTest(name = "request {0} of the month costs ¥{1}")
    @CsvSource({
        "1, 0", "10, 0",          // 10件以下（含10件）不收费
        "11, 100", "30, 100",     // 11—30件的部分 100元/件
        "31, 200", "40, 200",     // 31件起每10件一档，每档加100元/件
        "41, 300", "50, 300",
        "51, 400", "55, 400" })
    void perRequestTheOrdinalOfTheMonthFallsInABand(int ordinal, String yuan) {
        assertThat(ProcessingFees.perRequest(ordinal)).isEqualTo(Money.yuan(yuan));
    }

    @Test
    void anApplicantWith35RequestsInAMonthPays3000InAll() {
        // 1–10 free; 11–30: 20 × ¥100 = ¥2,000; 31–35: 5 × ¥200 = ¥1,000.
        Money total = Money.ZERO;
        for (int ordinal = 1; ordinal <= 35; ordinal++) {
            total = total.plus(ProcessingFees.perRequest(ordinal));
        }
        assertThat(total).isEqualTo(Money.yuan("3000"));
    }

    @ParameterizedTest(name = "{0} pages cost ¥{1}")
    @CsvSource({
        "0, 0", "30, 0",          // 30页以下（含30页）不收费
        "31, 10",                 // page 31 at ¥10
        "100, 700",               // 70 × ¥10
        "101, 720",               // 700 + 1 × ¥20
        "200, 2700",              // 700 + 100 × ¥20
        "201, 2740",              // 2700 + 1 × ¥40
        "250, 4700" })            // 700 + 2000 + 50 × ¥40
    void perPageEachBandIsChargedAtItsOwnPrice(int pages, String yuan) {
        assertThat(ProcessingFees.perPage(pages)).isEqualTo(Money.yuan(yuan));
    }

    @Test
    void anAssessmentByPagesRecordsTheScaleTheBasisAndTheAmount() {
        FeeAssessment fee = FeeAssessment.of(FeeScale.PER_PAGE, 101, java.time.LocalDate.parse("2026-03-02"));

        assertThat(fee.amount()).isEqualTo(Money.yuan("720"));
        assertThat(fee.scale()).isEqualTo(FeeScale.PER_PAGE);
    }
}

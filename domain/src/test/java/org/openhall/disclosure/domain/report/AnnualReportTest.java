package org.openhall.disclosure.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.disclosure.domain.request.RequesterKind.COMMERCIAL_ENTERPRISE;
import static org.openhall.disclosure.domain.request.RequesterKind.LEGAL_SERVICE_INSTITUTION;
import static org.openhall.disclosure.domain.request.RequesterKind.NATURAL_PERSON;

import org.junit.jupiter.api.Test;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.shared.domain.money.Money;

/** The 2026 report on the data set of {@link AnnualReportDataSet}, whose Javadoc gives every expected figure. */
class AnnualReportTest {

    private final AnnualReportDataSet data = new AnnualReportDataSet();
    private final AnnualReport report = AnnualReport.compile(2026, AnnualReportDataSet.CATEGORIES,
            data.entries.stream().map(CatalogEntry::snapshot).toList(),
            data.requests.stream().map(DisclosureRequest::snapshot).toList());

    @Test
    void requestsAreCountedByTheDayOfReceiptAndByKindOfApplicant() {
        assertThat(report.row("received").total()).isEqualTo(9);
        assertThat(report.row("received").of(NATURAL_PERSON)).isEqualTo(7);
        assertThat(report.row("received").of(COMMERCIAL_ENTERPRISE)).isEqualTo(1);
        assertThat(report.row("received").of(LEGAL_SERVICE_INSTITUTION)).isEqualTo(1);
        assertThat(report.row("carriedOver").total()).isEqualTo(2);
        assertThat(report.row("carriedForward").total()).isEqualTo(3);
        assertThat(report.row("carriedForward").of(COMMERCIAL_ENTERPRISE)).isEqualTo(2);
    }

    @Test
    void closedRequestsLandInTheRowOfTheirOutcome() {
        assertThat(report.row("disclosed").of(NATURAL_PERSON)).as("disclosed and already public").isEqualTo(2);
        assertThat(report.row("partiallyDisclosed").of(LEGAL_SERVICE_INSTITUTION)).isEqualTo(1);
        assertThat(report.row("notDisclosed.STATE_SECRET").total()).isEqualTo(1);
        assertThat(report.row("notDisclosed.THIRD_PARTY_RIGHTS").total()).as("a partial disclosure counts only there")
                .isZero();
        assertThat(report.row("unableToProvide.notHeld").total()).isEqualTo(1);
        assertThat(report.row("notProcessed.repeat").total()).isEqualTo(1);
        assertThat(report.row("otherHandling.noCorrection").total()).isEqualTo(1);
        assertThat(report.row("otherHandling.other").total()).isEqualTo(1);
        assertThat(report.row("closedTotal").total()).isEqualTo(8);
    }

    @Test
    void receivedPlusCarriedOverEqualsClosedPlusCarriedForward() {
        assertThat(report.row("received").total() + report.row("carriedOver").total())
                .isEqualTo(report.row("closedTotal").total() + report.row("carriedForward").total());
        long outcomes = report.requestRows().stream()
                .filter(r -> !r.key().equals("received") && !r.key().equals("carriedOver")
                        && !r.key().equals("closedTotal") && !r.key().equals("carriedForward"))
                .mapToLong(ReportRow::total).sum();
        assertThat(outcomes).as("the outcome rows add up to the total").isEqualTo(8);
    }

    @Test
    void reconsiderationsAndLawsuitsAreCountedByOutcome() {
        assertThat(report.challenges("reconsideration").upheld()).isEqualTo(1);
        assertThat(report.challenges("reconsideration").total()).isEqualTo(1);
        assertThat(report.challenges("litigationAfterReconsideration").pending()).isEqualTo(1);
        assertThat(report.challenges("litigation").total()).isZero();
    }

    @Test
    void proactiveDisclosureIsCountedPerGuideCategory() {
        assertThat(report.proactive()).extracting(CategoryCount::category, CategoryCount::publishedInYear,
                CategoryCount::withdrawnInYear, CategoryCount::publicAtYearEnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZCWJ", 1L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("RSXX", 1L, 0L, 1L));
    }

    @Test
    void theFeesAssessedInTheYearAreSummed() {
        // 120 pages: 70 × ¥10 + 20 × ¥20.
        assertThat(report.feesAssessed()).isEqualTo(Money.yuan("1100"));
    }

    @Test
    void theRowsFollowTheNationalLayout() {
        assertThat(report.requestRows().getFirst().label()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(report.requestRows().getLast().label()).isEqualTo("四、结转下年度继续办理");
        // 2 intake rows, 21 outcome rows (2 + 8 + 3 + 5 + 3), the total, the carried forward.
        assertThat(report.requestRows()).hasSize(25);
    }
}

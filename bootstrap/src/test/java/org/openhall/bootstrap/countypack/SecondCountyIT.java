package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhall.bootstrap.countypack.ImportReport.Kind;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.ExplainedDay;
import org.openhall.shared.domain.time.TimeLimit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another county, 金秀瑶族自治县 (451324), brings its own catalog, network, calendar and rules as
 * data and loads with no change to the code: the packs are where a county adapts OpenHall.
 */
class SecondCountyIT extends CountyPackDatabaseIT {

    static final String JINXIU = "classpath:county-packs/jinxiu";
    static final JurisdictionCode JINXIU_CODE = new JurisdictionCode("451324");

    @Autowired
    WorkingDayCalendarQuery calendars;

    @Autowired
    CountyParameters parameters;

    @Test
    void theJinxiuPackLoadsWithItsOwnCatalogNetworkAndStaff() {
        ImportReport report = importPack(JINXIU);

        assertThat(report.count(Kind.ITEMS, ChangeOutcome.ADDED)).isEqualTo(3);
        assertThat(report.count(Kind.HALLS, ChangeOutcome.ADDED)).isEqualTo(3);
        assertThat(report.count(Kind.WINDOWS, ChangeOutcome.ADDED)).isEqualTo(3);
        assertThat(report.count(Kind.STAFF, ChangeOutcome.ADDED)).isEqualTo(6);
        assertThat(parameters.get("centre.name")).contains("金秀瑶族自治县政务服务中心");
    }

    @Test
    void panwangFestivalIsADayOffInJinxiuAndPushesADueDateBackOverTheWeekend() {
        importPack(JINXIU);
        // Accepted on Friday 2026-11-20 with five working days: nationally due Friday 11-27; in Jinxiu
        // Tuesday 11-24 is 盘王节, so the fifth working day is Monday 11-30.
        CaseClock clock = CaseClock.start(LocalDate.of(2026, 11, 20), TimeLimit.workingDays(5));

        assertThat(clock.deadline(calendars.calendarOf(JurisdictionCode.NATIONAL)).dueDate())
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(clock.deadline(calendars.calendarOf(JINXIU_CODE)).dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(clock.explain(calendars.calendarOf(JINXIU_CODE)).days())
                .filteredOn(day -> day.date().equals(LocalDate.of(2026, 11, 24)))
                .extracting(ExplainedDay::verdict, ExplainedDay::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DayVerdict.PUBLIC_HOLIDAY, "盘王节"));
    }

    @Test
    void jinxiuSetsItsOwnRuleParameters() {
        importPack(JINXIU);
        Map<String, String> jinxiu = parameters.all();
        PackDatabases.empty(dataSource);
        importPack(HESHAN);
        Map<String, String> heshan = parameters.all();

        assertThat(jinxiu).containsEntry("sms.signature", "【金秀瑶族自治县政务服务中心】")
                .containsEntry("supervision.warning.working-days-before", "3")
                .containsEntry("hotline.class.complaint.working-days", "7")
                .containsEntry("participation.hearing.announcement-days", "15")
                .doesNotContainKey("hotline.class.suggestion.working-days");
        assertThat(heshan).containsEntry("sms.signature", "【合山市政务服务中心】")
                .containsEntry("supervision.warning.working-days-before", "2")
                .containsEntry("hotline.class.complaint.working-days", "5")
                .containsKey("hotline.class.suggestion.working-days");
    }
}

package org.openhall.participation.domain;

import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * How far ahead each step of a hearing (听证) must come, in calendar days before the hearing day:
 * the announcement, the close of registration, and the materials reaching the participants.
 *
 * <p>《重大行政决策程序暂行条例》 Art. 16 asks that the draft and the hearing's time and place be
 * published in advance, that the way representatives are selected and the list of participants be
 * published in advance, and that the materials reach the participants 7 days before the hearing.
 * How many days "in advance" is local: the county sets these periods (its pack, or the properties
 * {@code openhall.participation.hearing.*}). Each hearing keeps the periods it was announced under,
 * so that a later change of the county's rule does not move an announced hearing's goalposts.
 *
 * <p>Counting: the day of the step is day 0 and the hearing may be held on day 0 + n at the soonest
 * (the case clock in calendar days), e.g. materials sent on 2026-09-21 with 7 days fit a hearing on
 * 2026-09-28 or later.
 *
 * <p>Invariants: none negative, and announcement ≥ registration closing ≥ materials, so that the
 * steps can follow each other: registration closes after the announcement, representatives are
 * selected after registration closes, and the materials go to the selected representatives.
 *
 * @param announcementDays        the announcement (听证公告) at least this many days before the hearing
 * @param registrationClosingDays registration (报名) closes at least this many days before the hearing
 * @param materialsDays           the materials (听证材料) reach the participants at least this many days before
 */
@ValueObject
public record HearingNoticePeriods(int announcementDays, int registrationClosingDays, int materialsDays) {

    /** Art. 16: "听证会材料应当于召开听证会7日前送达听证参加人". */
    public static final int NATIONAL_MATERIALS_DAYS = 7;

    public HearingNoticePeriods {
        if (announcementDays < 0 || registrationClosingDays < 0 || materialsDays < 0) {
            throw new InvalidValue("hearingNoticePeriods", "no period may be negative");
        }
        if (announcementDays < registrationClosingDays || registrationClosingDays < materialsDays) {
            throw new InvalidValue("hearingNoticePeriods",
                    "the announcement comes no later than the close of registration, and that no later than the materials",
                    Map.of("announcementDays", announcementDays, "registrationClosingDays", registrationClosingDays,
                            "materialsDays", materialsDays));
        }
    }

    /**
     * The periods used where the county sets none: announcement 20 days, registration closing 10
     * days and materials {@value #NATIONAL_MATERIALS_DAYS} days before the hearing. The 7 days are the
     * State Council's; 20 and 10 are a common local choice, to be replaced by the county's own rule.
     */
    public static HearingNoticePeriods defaults() {
        return new HearingNoticePeriods(20, 10, NATIONAL_MATERIALS_DAYS);
    }
}

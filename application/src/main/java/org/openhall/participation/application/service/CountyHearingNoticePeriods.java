package org.openhall.participation.application.service;

import java.util.Optional;

import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.domain.InvalidValue;

/**
 * The county's hearing notice periods (听证提前期) as its pack sets them: read afresh at every
 * announcement, so that importing a new pack changes the rule for the next hearing without a
 * restart, while each announced hearing keeps the periods it was announced under.
 *
 * <p>A period the pack does not set falls back to the configured default (the State Council's 7
 * days for the materials, 《重大行政决策程序暂行条例》 Art. 16; a common local choice for the others).
 */
public class CountyHearingNoticePeriods {

    /** Calendar days between the announcement (听证公告) and the hearing, at least. */
    public static final String ANNOUNCEMENT_DAYS = "participation.hearing.announcement-days";
    /** Calendar days between the close of registration (报名截止) and the hearing, at least. */
    public static final String REGISTRATION_CLOSING_DAYS = "participation.hearing.registration-closing-days";
    /** Calendar days between the materials reaching the participants and the hearing, at least. */
    public static final String MATERIALS_DAYS = "participation.hearing.materials-days";

    private final CountyParameters parameters;
    private final HearingNoticePeriods fallback;

    public CountyHearingNoticePeriods(CountyParameters parameters, HearingNoticePeriods fallback) {
        this.parameters = parameters;
        this.fallback = fallback;
    }

    /**
     * The periods in force now.
     *
     * @throws InvalidValue when the stored values cannot follow each other (a pack import checks
     *         this before storing, so it means the parameters were changed some other way)
     */
    public HearingNoticePeriods current() {
        return new HearingNoticePeriods(days(ANNOUNCEMENT_DAYS, fallback.announcementDays()),
                days(REGISTRATION_CLOSING_DAYS, fallback.registrationClosingDays()),
                days(MATERIALS_DAYS, fallback.materialsDays()));
    }

    private int days(String key, int otherwise) {
        Optional<String> value = parameters.get(key);
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue(key, "must be a whole number of days, not \"" + value.get() + "\"");
        }
    }
}

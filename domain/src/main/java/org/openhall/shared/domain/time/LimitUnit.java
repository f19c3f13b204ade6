package org.openhall.shared.domain.time;

/** What a time limit counts (期限计算单位). */
public enum LimitUnit {

    /**
     * Working days (工作日), per the jurisdiction's working-day calendar. Administrative
     * Licensing Law Art. 82 makes every period of that law a period of working days,
     * statutory holidays excluded; so are the 20 working days of the Regulations on Open
     * Government Information (Art. 33).
     */
    WORKING_DAYS,

    /**
     * Calendar days (自然日): plain day arithmetic, day 0 + n. Weekends and holidays count,
     * and a last day falling on a holiday is not moved: a rule that needs that (such as the
     * Civil Code's Art. 203) must say so where it applies.
     */
    CALENDAR_DAYS
}

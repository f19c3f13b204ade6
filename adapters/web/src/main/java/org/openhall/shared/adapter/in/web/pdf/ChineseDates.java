package org.openhall.shared.adapter.in.web.pdf;

import java.time.LocalDate;

/** Dates as official documents (公文) write them: 2026年10月9日, without leading zeros. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

package org.openhall.servicecase.adapter.in.web.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.shared.adapter.in.web.WebMessages;
import org.openhall.shared.adapter.in.web.pdf.ChineseDates;

/**
 * The public tracking page's result, every text already in Chinese: the template only places (and
 * escapes) them.
 */
public record PublicCaseTrackPage(String number, String itemName, String department, String status,
        String applicant, List<Row> dates, List<Step> steps) {

    /** A labelled date. */
    public record Row(String label, String value) {
    }

    /** One step: day, what was done, by which department. */
    public record Step(String on, String action, String department) {
    }

    static PublicCaseTrackPage of(PublicCaseTrackView v, WebMessages messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String provisional = v.provisional() ? "（暂定，相关年度节假日安排公布后重新计算）" : "";
        List<Row> dates = new ArrayList<>();
        dates.add(new Row("收件日期", day(v.receivedOn())));
        if (v.acceptedOn() != null) {
            dates.add(new Row("受理日期", day(v.acceptedOn())));
        }
        if (v.promisedDue() != null) {
            dates.add(new Row("承诺办结期限", day(v.promisedDue()) + provisional));
        }
        if (v.statutoryDue() != null) {
            dates.add(new Row("法定办结期限", day(v.statutoryDue()) + provisional));
        }
        if (v.completedOn() != null) {
            dates.add(new Row("办结日期", day(v.completedOn())));
        }
        return new PublicCaseTrackPage(v.number(), v.itemName(), v.department(),
                PublicCaseTrackResponse.words(messages, "status." + v.status().name(), zh),
                v.applicantName() + "（" + v.applicantPhone() + "）", List.copyOf(dates),
                v.steps().stream().map(s -> new Step(day(s.on()),
                        PublicCaseTrackResponse.words(messages, "action." + s.action().name(), zh),
                        s.department() == null ? "—" : s.department())).toList());
    }

    private static String day(LocalDate date) {
        return ChineseDates.of(date);
    }
}

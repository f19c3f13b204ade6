package org.openhall.servicecase.adapter.in.web.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.shared.adapter.in.web.pdf.ChineseDates;

/**
 * The citations and standard wording the notices share: the Administrative Licensing Law
 * (中华人民共和国行政许可法, 2019 amendment) and, for the remedies, the Administrative
 * Reconsideration Law (2023 revision) and the Administrative Procedure Law.
 */
final class LicensingLaw {

    static final String LAW = "《中华人民共和国行政许可法》";

    /** Art. 32 para. 1 item 5: complete materials in the legal form are accepted. */
    static final String ART_32_ACCEPT = LAW + "第三十二条第一款第（五）项";
    /** Art. 32 para. 1 item 4: everything to supply, in one notice, on the spot or within five days. */
    static final String ART_32_ONE_TIME = LAW + "第三十二条第一款第（四）项";
    /** Art. 32 para. 1 items 1–3: what is not accepted. */
    static final String ART_32_REFUSE = LAW + "第三十二条第一款";
    /** Art. 32 para. 2: acceptance and refusal are given in writing, sealed and dated. */
    static final String ART_32_RECEIPT = LAW + "第三十二条第二款";
    /** Art. 38 para. 2: a denial is written, gives its reasons and tells of reconsideration and litigation. */
    static final String ART_38 = LAW + "第三十八条第二款";
    /** Art. 42 para. 1: 20 working days, +10 with the head's approval and the reasons told. */
    static final String ART_42 = LAW + "第四十二条";
    /** Art. 44: the licence is issued and served within 10 working days of the decision. */
    static final String ART_44 = LAW + "第四十四条";
    /** Art. 45: hearings, tenders, testing, appraisal, expert review … are not counted; told in writing. */
    static final String ART_45 = LAW + "第四十五条";
    /** Art. 82: the periods of the law are working days. */
    static final String ART_82 = LAW + "第八十二条";

    /**
     * Reconsideration within 60 days (行政复议法 2023, Art. 20) or litigation within 6 months
     * (行政诉讼法 Art. 46), both from the day the applicant knows of the decision.
     */
    static final String REMEDIES = "如不服本决定，可以自知道该决定之日起60日内依照《中华人民共和国行政复议法》第二十条的规定"
            + "依法申请行政复议，或者自知道该决定之日起6个月内依照《中华人民共和国行政诉讼法》第四十六条的规定"
            + "依法向人民法院提起行政诉讼。";

    private LicensingLaw() {
    }

    static String day(LocalDate date) {
        return ChineseDates.of(date);
    }

    /** The notice's own articles first, then the item's legal bases. */
    static List<String> basis(NoticeContext context, String... articles) {
        List<String> lines = new ArrayList<>(List.of(articles));
        context.itemLegalBases().stream().map(b -> "事项设定依据：" + b).forEach(lines::add);
        return lines;
    }

    /** The fields every notice starts with: applicant (masked) and item. */
    static List<PrintedNotice.Field> applicantAndItem(CaseView c) {
        List<PrintedNotice.Field> fields = new ArrayList<>();
        fields.add(new PrintedNotice.Field("申请人", c.applicantName()));
        fields.add(new PrintedNotice.Field("申请事项", c.itemName()));
        fields.add(new PrintedNotice.Field("收件日期", day(c.receivedOn())));
        return fields;
    }

    /** A due date, marked when it may still move because next year's holidays are not yet published. */
    static String due(LocalDate date, boolean provisional) {
        return day(date) + (provisional ? "（暂定：相关年度节假日安排公布后重新计算）" : "");
    }
}

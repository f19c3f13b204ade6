package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;

import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;

/**
 * 特别程序告知书: the applicant is told in writing that a special procedure is needed and how long it
 * takes, and that this time is not counted in the limit (Administrative Licensing Law Art. 45).
 */
public final class SpecialProcedureNoticeBuilder {

    public PrintedNotice build(CaseView c, SpecialProcedureNoticeContent special, NoticeContext context) {
        List<PrintedNotice.Field> fields = LicensingLaw.applicantAndItem(c);
        if (c.acceptedOn() != null) {
            fields.add(new PrintedNotice.Field("受理日期", day(c.acceptedOn())));
        }
        fields.add(new PrintedNotice.Field("特别程序", special.procedure()));
        if (special.noticeReference() != null && !special.noticeReference().isBlank()) {
            fields.add(new PrintedNotice.Field("告知书文号", special.noticeReference()));
        }
        String until = special.expectedEnd() == null ? "程序结束" : day(special.expectedEnd());
        fields.add(new PrintedNotice.Field("起止日期", day(special.startsOn()) + "至" + until));
        fields.add(new PrintedNotice.Field("告知日期", day(special.notifiedOn())));
        String why = special.reason() == null || special.reason().isBlank() ? "" : "因" + special.reason() + "，";
        List<String> body = List.of(
                c.applicantName() + "：",
                "你（单位）提出的" + c.itemName() + "申请，" + why + "依法需要进行" + special.procedure() + "，预计自"
                        + day(special.startsOn()) + "起至" + until + "止。",
                "根据" + LicensingLaw.ART_45 + "的规定，" + special.procedure()
                        + "所需时间不计算在办理期限内，办理期限自该程序结束后继续计算。特此告知。");
        return new PrintedNotice(NoticeKind.SPECIAL_PROCEDURE, NoticeKind.SPECIAL_PROCEDURE.title(),
                context.centreName(), c.number(), fields, body, LicensingLaw.basis(context, LicensingLaw.ART_45),
                List.of(), context.department(), special.notifiedOn(), context.trackingUrl());
    }
}

package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;

import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;

/**
 * 不予受理决定书: the written, dated decision not to accept (Administrative Licensing Law Art. 32),
 * with its reason and the remedies: administrative reconsideration within 60 days, litigation
 * within 6 months.
 */
public final class RefusalNoticeBuilder {

    public PrintedNotice build(CaseView c, RefusalNoticeContent refusal, NoticeContext context) {
        List<PrintedNotice.Field> fields = LicensingLaw.applicantAndItem(c);
        fields.add(new PrintedNotice.Field("决定日期", day(refusal.refusedOn())));
        List<String> body = List.of(
                c.applicantName() + "：",
                "你（单位）于" + day(c.receivedOn()) + "提出的" + c.itemName() + "申请，经审查，" + refusal.reason()
                        + "。根据" + refusal.legalBasis() + "的规定，本机关决定不予受理。");
        return new PrintedNotice(NoticeKind.REFUSAL, NoticeKind.REFUSAL.title(), context.centreName(), c.number(),
                fields, body, LicensingLaw.basis(context, refusal.legalBasis(), LicensingLaw.ART_32_RECEIPT),
                List.of(LicensingLaw.REMEDIES), context.department(), refusal.refusedOn(), context.trackingUrl());
    }
}

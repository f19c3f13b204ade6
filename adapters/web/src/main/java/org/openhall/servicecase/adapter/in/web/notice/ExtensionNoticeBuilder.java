package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;

import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;

/**
 * 延期告知书: the decision cannot be made within the limit; with the head's approval it is extended,
 * and the applicant is told the reasons (Administrative Licensing Law Art. 42 para. 1).
 */
public final class ExtensionNoticeBuilder {

    public PrintedNotice build(CaseView c, ExtensionNoticeContent extension, NoticeContext context) {
        List<PrintedNotice.Field> fields = LicensingLaw.applicantAndItem(c);
        if (c.acceptedOn() != null) {
            fields.add(new PrintedNotice.Field("受理日期", day(c.acceptedOn())));
        }
        fields.add(new PrintedNotice.Field("原办结期限", day(extension.previousDue())));
        fields.add(new PrintedNotice.Field("延长后办结期限", day(extension.newDue())));
        if (extension.previousPromisedDue() != null && extension.newPromisedDue() != null) {
            fields.add(new PrintedNotice.Field("承诺办结期限", day(extension.previousPromisedDue()) + "延长至"
                    + day(extension.newPromisedDue())));
        }
        fields.add(new PrintedNotice.Field("告知日期", day(extension.decidedOn())));
        String approver = extension.approvedBy() == null || extension.approvedBy().isBlank() ? "本机关负责人"
                : extension.approvedBy();
        List<String> body = List.of(
                c.applicantName() + "：",
                "你（单位）提出的" + c.itemName() + "申请，因" + extension.reason() + "，不能在法定期限内作出决定。经"
                        + approver + "批准，根据" + LicensingLaw.ART_42 + "的规定，办理期限延长" + extension.extraWorkingDays()
                        + "个工作日，由" + day(extension.previousDue()) + "延长至" + day(extension.newDue()) + "。特此告知。");
        return new PrintedNotice(NoticeKind.EXTENSION, NoticeKind.EXTENSION.title(), context.centreName(), c.number(),
                fields, body, LicensingLaw.basis(context, LicensingLaw.ART_42, LicensingLaw.ART_82), List.of(),
                context.department(), extension.decidedOn(), context.trackingUrl());
    }
}

package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;

import java.util.ArrayList;
import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;
import org.openhall.servicecase.domain.Decision;

/**
 * 办结通知书: the case is completed (办结) within its limits (Administrative Licensing Law Art. 42),
 * and the result is issued and served within ten working days of the decision (Art. 44). It
 * states the decision: an approval, or a denial with its reasons, legal basis and the remedies
 * (Art. 38 para. 2).
 */
public final class CompletionNoticeBuilder {

    /**
     * @throws NoticeNotAvailable when the case is not completed
     */
    public PrintedNotice build(CaseView c, NoticeContext context) {
        if (c.completedOn() == null) {
            throw new NoticeNotAvailable(c.id(), NoticeKind.COMPLETION.slug());
        }
        List<PrintedNotice.Field> fields = LicensingLaw.applicantAndItem(c);
        if (c.acceptedOn() != null) {
            fields.add(new PrintedNotice.Field("受理日期", day(c.acceptedOn())));
        }
        if (c.promisedDue() != null) {
            fields.add(new PrintedNotice.Field("承诺办结期限", day(c.promisedDue())));
        }
        fields.add(new PrintedNotice.Field("办结日期", day(c.completedOn())));
        Decision decision = c.decision();
        boolean denied = decision != null && !decision.approved();
        if (decision != null) {
            fields.add(new PrintedNotice.Field("办理结果", denied ? "不予许可" : "准予许可"));
            if (decision.legalBasis() != null) {
                fields.add(new PrintedNotice.Field("决定依据", decision.legalBasis()));
            }
        }
        List<String> body = new ArrayList<>();
        body.add(c.applicantName() + "：");
        if (denied) {
            // Art. 38 para. 2: a denial gives its reasons and tells the applicant of the remedies.
            body.add("你（单位）于" + day(c.receivedOn()) + "提出的" + c.itemName() + "申请，本机关已于"
                    + day(c.completedOn()) + "办结。经审查，" + decision.reason() + "。根据" + decision.legalBasis()
                    + "的规定，本机关决定不予许可。");
        } else {
            body.add("你（单位）于" + day(c.receivedOn()) + "提出的" + c.itemName() + "申请，本机关已于"
                    + day(c.completedOn()) + "办结，决定准予许可"
                    + (decision != null && decision.reason() != null ? "（" + decision.reason() + "）" : "") + "。");
            body.add("办理结果将依照" + LicensingLaw.ART_44 + "的规定，自作出决定之日起10个工作日内向你（单位）颁发、送达。"
                    + "领取时请携带本通知书和有效身份证件。");
        }
        List<String> basis = denied
                ? LicensingLaw.basis(context, decision.legalBasis(), LicensingLaw.ART_38, LicensingLaw.ART_42)
                : LicensingLaw.basis(context, LicensingLaw.ART_42, LicensingLaw.ART_44);
        return new PrintedNotice(NoticeKind.COMPLETION, NoticeKind.COMPLETION.title(), context.centreName(),
                c.number(), fields, body, basis, denied ? List.of(LicensingLaw.REMEDIES) : List.of(),
                context.department(), c.completedOn(), context.trackingUrl());
    }
}

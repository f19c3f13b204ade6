package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;

import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;

/**
 * 办结通知书: the case is completed (办结) within its limits (Administrative Licensing Law Art. 42),
 * and the result is issued and served within ten working days of the decision (Art. 44).
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
        List<String> body = List.of(
                c.applicantName() + "：",
                "你（单位）于" + day(c.receivedOn()) + "提出的" + c.itemName() + "申请，本机关已于" + day(c.completedOn())
                        + "办结。",
                "办理结果将依照" + LicensingLaw.ART_44 + "的规定，自作出决定之日起10个工作日内向你（单位）颁发、送达。"
                        + "领取时请携带本通知书和有效身份证件。");
        return new PrintedNotice(NoticeKind.COMPLETION, NoticeKind.COMPLETION.title(), context.centreName(),
                c.number(), fields, body, LicensingLaw.basis(context, LicensingLaw.ART_42, LicensingLaw.ART_44),
                List.of(), context.department(), c.completedOn(), context.trackingUrl());
    }
}

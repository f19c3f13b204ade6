package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;
import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.due;

import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;

/**
 * 受理通知书: the written, dated receipt that the application was accepted (Administrative
 * Licensing Law Art. 32 para. 2), with the two due dates that run from the day of acceptance
 * (Art. 42, in working days by Art. 82) and the reminder that special procedures are not counted
 * (Art. 45).
 */
public final class AcceptanceNoticeBuilder {

    /**
     * @throws NoticeNotAvailable when the case has not been accepted
     */
    public PrintedNotice build(CaseView c, NoticeContext context) {
        if (c.acceptedOn() == null) {
            throw new NoticeNotAvailable(c.id(), NoticeKind.ACCEPTANCE.slug());
        }
        List<PrintedNotice.Field> fields = LicensingLaw.applicantAndItem(c);
        fields.add(new PrintedNotice.Field("受理日期", day(c.acceptedOn())));
        fields.add(new PrintedNotice.Field("承诺办结期限", due(c.promisedDue(), c.provisional())));
        fields.add(new PrintedNotice.Field("法定办结期限", due(c.statutoryDue(), c.provisional())));
        List<String> body = List.of(
                c.applicantName() + "：",
                "你（单位）于" + day(c.receivedOn()) + "提出的" + c.itemName() + "申请，申请材料齐全、符合法定形式。根据"
                        + LicensingLaw.ART_32_ACCEPT + "的规定，本机关决定自" + day(c.acceptedOn()) + "起予以受理。",
                "本机关承诺于" + day(c.promisedDue()) + "前办结，最迟不超过法定期限" + day(c.statutoryDue())
                        + "。期限按工作日计算，受理当日不计入。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，"
                        + "所需时间不计算在期限内，本机关将另行书面告知。");
        return new PrintedNotice(NoticeKind.ACCEPTANCE, NoticeKind.ACCEPTANCE.title(), context.centreName(),
                c.number(), fields, body,
                LicensingLaw.basis(context, LicensingLaw.ART_32_ACCEPT, LicensingLaw.ART_32_RECEIPT,
                        LicensingLaw.ART_42, LicensingLaw.ART_45),
                List.of(), context.department(), c.acceptedOn(), context.trackingUrl());
    }
}

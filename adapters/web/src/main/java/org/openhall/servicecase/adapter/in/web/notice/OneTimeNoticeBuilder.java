package org.openhall.servicecase.adapter.in.web.notice;

import static org.openhall.servicecase.adapter.in.web.notice.LicensingLaw.day;

import java.util.ArrayList;
import java.util.List;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;

/**
 * 一次性告知书: everything the applicant must supply or correct, all at once (Administrative
 * Licensing Law Art. 32 para. 1 item 4). The latest notice of the case is printed: a case has at
 * most one per submission round.
 */
public final class OneTimeNoticeBuilder {

    /**
     * @throws NoticeNotAvailable when no one-time notice was issued for the case
     */
    public PrintedNotice build(CaseView c, NoticeContext context) {
        if (c.notices().isEmpty()) {
            throw new NoticeNotAvailable(c.id(), NoticeKind.ONE_TIME_NOTICE.slug());
        }
        CaseView.NoticeView notice = c.notices().getLast();
        List<PrintedNotice.Field> fields = LicensingLaw.applicantAndItem(c);
        fields.add(new PrintedNotice.Field("提交次数", "第" + notice.submissionRound() + "次提交"));
        fields.add(new PrintedNotice.Field("告知日期", day(notice.issuedOn())));
        List<String> body = new ArrayList<>();
        body.add(c.applicantName() + "：");
        body.add("你（单位）提出的" + c.itemName() + "申请，经审查，申请材料不齐全或者不符合法定形式。根据"
                + LicensingLaw.ART_32_ONE_TIME + "的规定，现一次性告知需要补正的全部内容如下：");
        int n = 1;
        for (CaseView.NoticeLine line : notice.items()) {
            body.add(n++ + ". " + line.name()
                    + (line.defect() == null || line.defect().isBlank() ? "：缺少，请提交。" : "：" + line.defect() + "，请更正后重新提交。"));
        }
        body.add("请补正上述全部材料后再次提交。补正的材料齐全、符合法定形式的，本机关将予以受理。");
        return new PrintedNotice(NoticeKind.ONE_TIME_NOTICE, NoticeKind.ONE_TIME_NOTICE.title(), context.centreName(),
                c.number(), fields, body, LicensingLaw.basis(context, LicensingLaw.ART_32_ONE_TIME), List.of(),
                context.department(), notice.issuedOn(), context.trackingUrl());
    }
}

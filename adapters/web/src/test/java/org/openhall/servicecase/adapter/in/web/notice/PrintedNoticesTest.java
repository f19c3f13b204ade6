package org.openhall.servicecase.adapter.in.web.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;
import org.openhall.servicecase.domain.CaseExtension;
import org.openhall.servicecase.domain.CasePause;
import org.openhall.servicecase.domain.Decision;
import org.openhall.servicecase.domain.DecisionOutcome;
import org.openhall.servicecase.domain.Refusal;
import org.openhall.servicecase.domain.SpecialProcedure;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Every kind of notice, printed: its text (as PDFBox extracts it) carries the centre, the Chinese
 * title, the case number, the dates as 2026年10月9日 and the legal basis; and the QR code on the
 * rendered page decodes to the case's tracking URL.
 */
class PrintedNoticesTest {

    private final PrintedNoticePdf pdf = new PrintedNoticePdf();

    @Test
    void theAcceptanceNoticeStatesTheAcceptanceDayBothDueDatesAndArticles32And42() throws Exception {
        byte[] printed = pdf.render(new AcceptanceNoticeBuilder().build(NoticeSamples.accepted(), NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("合山市政务服务中心", "受理通知书", "编号：" + NoticeSamples.NUMBER, "张*",
                "食品经营许可", "收件日期：2026年9月16日", "受理日期：2026年9月18日", "承诺办结期限：2026年10月9日",
                "法定办结期限：2026年10月22日", "《中华人民共和国行政许可法》第三十二条第一款第（五）项",
                "《中华人民共和国行政许可法》第四十二条", "《中华人民共和国行政许可法》第四十五条",
                "《中华人民共和国食品安全法》第三十五条", "合山市市场监督管理局")
                .doesNotContain("暂定");
        assertThat(qrCodeOf(printed)).isEqualTo(NoticeSamples.TRACKING_URL);
    }

    @Test
    void aProvisionalDueDateIsMarkedAsSuch() throws Exception {
        byte[] printed = pdf.render(new AcceptanceNoticeBuilder().build(NoticeSamples.acceptedProvisionally(),
                NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("法定办结期限：2026年10月22日（暂定");
    }

    @Test
    void theOneTimeNoticeListsEveryMaterialToSupplyAndCitesArticle32Item4() throws Exception {
        byte[] printed = pdf.render(new OneTimeNoticeBuilder().build(NoticeSamples.noticed(), NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("合山市政务服务中心", "一次性告知书", NoticeSamples.NUMBER,
                "告知日期：2026年9月16日", "1.经营场所平面布局图：缺少", "2.食品安全管理制度：缺少",
                "3.营业执照复印件：复印件不清晰", "《中华人民共和国行政许可法》第三十二条第一款第（四）项",
                "《中华人民共和国食品安全法》第三十五条");
        assertThat(qrCodeOf(printed)).isEqualTo(NoticeSamples.TRACKING_URL);
    }

    @Test
    void theCompletionNoticeStatesTheDayOfCompletionAndArticle44() throws Exception {
        byte[] printed = pdf.render(new CompletionNoticeBuilder().build(NoticeSamples.completed(), NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("合山市政务服务中心", "办结通知书", NoticeSamples.NUMBER,
                "办结日期：2026年10月9日", "已于2026年10月9日办结", "《中华人民共和国行政许可法》第四十四条",
                "《中华人民共和国食品安全法》第三十五条");
        assertThat(qrCodeOf(printed)).isEqualTo(NoticeSamples.TRACKING_URL);
    }

    @Test
    void theRefusalStatesTheReasonItsBasisAndTheRemediesOf60DaysAnd6Months() throws Exception {
        RefusalNoticeContent refusal = new RefusalNoticeContent(LocalDate.of(2026, 10, 9),
                "《中华人民共和国行政许可法》第三十二条第一款第（二）项", "该申请事项不属于本机关职权范围，请向合山市卫生健康局申请");

        byte[] printed = pdf.render(new RefusalNoticeBuilder().build(NoticeSamples.submitted(), refusal,
                NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("合山市政务服务中心", "不予受理决定书", NoticeSamples.NUMBER,
                "决定日期：2026年10月9日", "不属于本机关职权范围", "本机关决定不予受理",
                "《中华人民共和国行政许可法》第三十二条第一款第（二）项", "《中华人民共和国行政许可法》第三十二条第二款",
                "60日内", "申请行政复议", "6个月内", "提起行政诉讼");
        assertThat(qrCodeOf(printed)).isEqualTo(NoticeSamples.TRACKING_URL);
    }

    @Test
    void theSpecialProcedureNoticeSaysTheTimeIsNotCountedUnderArticle45() throws Exception {
        SpecialProcedureNoticeContent special = new SpecialProcedureNoticeContent(LocalDate.of(2026, 9, 22),
                "现场核查及检测", LocalDate.of(2026, 9, 23), LocalDate.of(2026, 10, 9), "经营场所需要现场核查");

        byte[] printed = pdf.render(new SpecialProcedureNoticeBuilder().build(NoticeSamples.accepted(), special,
                NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("合山市政务服务中心", "特别程序告知书", NoticeSamples.NUMBER,
                "起止日期：2026年9月23日至2026年10月9日", "告知日期：2026年9月22日", "不计算在办理期限内",
                "《中华人民共和国行政许可法》第四十五条");
        assertThat(qrCodeOf(printed)).isEqualTo(NoticeSamples.TRACKING_URL);
    }

    @Test
    void theExtensionNoticeStatesBothDueDatesTheReasonAndArticle42() throws Exception {
        ExtensionNoticeContent extension = new ExtensionNoticeContent(LocalDate.of(2026, 10, 20), 10,
                LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 5), "需要补充核实经营场所的卫生条件", "本局局长");

        byte[] printed = pdf.render(new ExtensionNoticeBuilder().build(NoticeSamples.accepted(), extension,
                NoticeSamples.CONTEXT));

        assertThat(textOf(printed)).contains("合山市政务服务中心", "延期告知书", NoticeSamples.NUMBER,
                "原办结期限：2026年10月22日", "延长后办结期限：2026年11月5日", "告知日期：2026年10月20日",
                "经本局局长批准", "延长10个工作日", "《中华人民共和国行政许可法》第四十二条");
        assertThat(qrCodeOf(printed)).isEqualTo(NoticeSamples.TRACKING_URL);
    }

    @Test
    void aDeniedCaseCompletionNoticeStatesTheDenialItsBasisAndTheRemedies() throws Exception {
        CaseView denied = recorded(NoticeSamples.completed(), null, List.of(), null,
                new Decision(DecisionOutcome.DENIED, "《中华人民共和国食品安全法》第三十五条", "经营场所不符合要求",
                        LocalDate.of(2026, 10, 9), "approver.scjg", null));

        String text = textOf(pdf.render(new CompletionNoticeBuilder().build(denied, NoticeSamples.CONTEXT)));

        assertThat(text).contains("办结通知书", "办理结果：不予许可", "决定依据：《中华人民共和国食品安全法》第三十五条",
                "经营场所不符合要求", "本机关决定不予许可", "《中华人民共和国行政许可法》第三十八条第二款", "申请行政复议",
                "提起行政诉讼").doesNotContain("颁发、送达");
    }

    @Test
    void anApprovedCaseCompletionNoticeSaysTheLicenceIsGranted() throws Exception {
        CaseView approved = recorded(NoticeSamples.completed(), null, List.of(), null,
                new Decision(DecisionOutcome.APPROVED, null, null, LocalDate.of(2026, 10, 9), "approver.scjg",
                        LocalDate.of(2026, 10, 23)));

        assertThat(textOf(pdf.render(new CompletionNoticeBuilder().build(approved, NoticeSamples.CONTEXT))))
                .contains("办理结果：准予许可", "决定准予许可", "颁发、送达").doesNotContain("行政复议");
    }

    @Test
    void theRecordedRefusalAndPausesBecomeTheirNotices() throws Exception {
        CasePause review = new CasePause(SpecialProcedure.EXPERT_REVIEW, "合市监告〔2026〕7号",
                LocalDate.of(2026, 9, 23), LocalDate.of(2026, 9, 23), LocalDate.of(2026, 9, 29));
        CasePause inspection = new CasePause(SpecialProcedure.INSPECTION, "合市监告〔2026〕9号",
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12), null);
        CaseView paused = recorded(NoticeSamples.accepted(), null, List.of(review, inspection), null, null);

        SpecialProcedureNoticeContent latest = NoticeContents.specialProcedure(paused, java.util.Optional.empty());
        assertThat(textOf(pdf.render(new SpecialProcedureNoticeBuilder().build(paused, latest, NoticeSamples.CONTEXT))))
                .contains("特别程序：现场核查", "告知书文号：合市监告〔2026〕9号", "2026年10月12日至程序结束");
        SpecialProcedureNoticeContent first = NoticeContents.specialProcedure(paused, java.util.Optional.of(1));
        assertThat(first.procedure()).isEqualTo("专家评审");
        assertThat(first.expectedEnd()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThatThrownBy(() -> NoticeContents.specialProcedure(paused, java.util.Optional.of(3)))
                .isInstanceOf(NoticeNotAvailable.class);
        assertThatThrownBy(() -> NoticeContents.refusal(paused)).isInstanceOf(NoticeNotAvailable.class);

        CaseView refused = recorded(NoticeSamples.submitted(), new Refusal("《中华人民共和国行政许可法》第三十二条第一款第（一）项",
                "该事项依法不需要取得行政许可", LocalDate.of(2026, 9, 16), "clerk.scjg"), List.of(), null, null);
        assertThat(NoticeContents.refusal(refused)).isEqualTo(new RefusalNoticeContent(LocalDate.of(2026, 9, 16),
                "《中华人民共和国行政许可法》第三十二条第一款第（一）项", "该事项依法不需要取得行政许可"));
    }

    /** The sample case with the facts the lifecycle recorded. */
    private static CaseView recorded(CaseView c, Refusal refusal, List<CasePause> pauses, CaseExtension extension,
            Decision decision) {
        return new CaseView(c.id(), c.number(), c.itemCode(), c.itemVersion(), c.itemName(), c.department(),
                c.applicantName(), c.applicantIdNumber(), c.applicantPhone(), c.status(), c.receivedAt(), c.receivedOn(),
                c.receivedBy(), c.submissionRound(), c.providedMaterials(), c.notices(), c.noticeDeadline(),
                c.acceptedOn(), c.statutoryDue(), c.promisedDue(), c.provisional(), c.provisionalReason(),
                c.remainingWorkingDays(), c.overdue(), c.completedOn(), c.version(), c.channel(), c.agent(),
                c.preApplicationReference(), c.deemed(), c.deferredSupply(), refusal, c.withdrawal(), c.steps(), pauses,
                pauses.stream().anyMatch(CasePause::isOpen), extension, decision, c.certificate(), c.delivery(),
                c.fees(), c.transitionCount());
    }

    @Test
    void aCaseWithoutTheEventHasNoSuchNotice() {
        assertThatThrownBy(() -> new AcceptanceNoticeBuilder().build(NoticeSamples.submitted(), NoticeSamples.CONTEXT))
                .isInstanceOf(NoticeNotAvailable.class).hasFieldOrPropertyWithValue("code", "case.notice-not-available");
        assertThatThrownBy(() -> new OneTimeNoticeBuilder().build(NoticeSamples.accepted(), NoticeSamples.CONTEXT))
                .isInstanceOf(NoticeNotAvailable.class);
        assertThatThrownBy(() -> new CompletionNoticeBuilder().build(NoticeSamples.accepted(), NoticeSamples.CONTEXT))
                .isInstanceOf(NoticeNotAvailable.class);
    }

    @Test
    void aRefusalWithoutReasonsCannotBePrinted() {
        assertThatThrownBy(() -> new RefusalNoticeContent(LocalDate.of(2026, 10, 9), "第三十二条", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongOneTimeNoticeRunsOnToASecondPage() throws Exception {
        var many = new ArrayList<CaseView.NoticeLine>();
        for (int i = 1; i <= 40; i++) {
            many.add(new CaseView.NoticeLine("M" + i, "材料" + i, null));
        }
        var base = NoticeSamples.noticed();
        var notice = new CaseView.NoticeView(1, LocalDate.of(2026, 9, 16),
                "clerk.scjg", many);
        var view = new CaseView(base.id(), base.number(), base.itemCode(),
                base.itemVersion(), base.itemName(), base.department(), base.applicantName(), base.applicantIdNumber(),
                base.applicantPhone(), base.status(), base.receivedAt(), base.receivedOn(), base.receivedBy(),
                base.submissionRound(), base.providedMaterials(), List.of(notice), base.noticeDeadline(),
                base.acceptedOn(), base.statutoryDue(), base.promisedDue(), base.provisional(),
                base.provisionalReason(), base.remainingWorkingDays(), base.overdue(), base.completedOn(),
                base.version());

        byte[] printed = pdf.render(new OneTimeNoticeBuilder().build(view, NoticeSamples.CONTEXT));

        try (PDDocument document = Loader.loadPDF(printed)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(textOf(printed)).contains("40.材料40：缺少", NoticeSamples.TRACKING_URL);
    }

    /** The text as a reader extracts it, without the white space of the layout. */
    private static String textOf(byte[] printed) throws IOException {
        assertThat(new String(printed, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(printed)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    /** Renders the first page as a scanner would see it and decodes the QR code on it. */
    private static String qrCodeOf(byte[] printed) throws Exception {
        try (PDDocument document = Loader.loadPDF(printed)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}

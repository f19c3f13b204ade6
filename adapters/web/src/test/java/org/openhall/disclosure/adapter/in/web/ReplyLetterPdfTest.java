package org.openhall.disclosure.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.application.port.in.ReplyLetterView;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.Remedies;
import org.openhall.disclosure.domain.request.WithholdingGround;

/** The reply letter is a PDF whose text holds the reply type, the dates and the remedies. */
class ReplyLetterPdfTest {

    @Test
    void theLetterStatesTheReplyTypeTheDatesAndTheRemedies() throws Exception {
        ReplyLetterView letter = new ReplyLetterView("合山市人民政府办公室", "451381-YSQ-2026-00017", "张三", "合山市岭南镇1号",
                "2026年本镇农村道路建设项目的资金使用情况", LocalDate.parse("2026-09-18"), null, 20,
                new ReplyContent(ReplyType.NOT_DISCLOSED, null, null, null, WithholdingGround.STATE_SECRET,
                        "所申请信息经依法确定为国家秘密", "《政府信息公开条例》第十四条", null, null, null, null, null, null),
                LocalDate.parse("2026-11-19"), Remedies.STATEMENT);

        byte[] pdf = new ReplyLetterPdf().render(letter);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("政府信息公开申请答复书")
                    .contains("不予公开（第三十六条第三项）")
                    .contains("2026年9月18日")
                    .contains("2026年11月19日")
                    .contains("延长20个工作日")
                    .contains("60日内依法申请行政复议")
                    .contains("6个月内依法向人民法院提起行政诉讼")
                    .contains("451381-YSQ-2026-00017");
        }
    }

    @Test
    void everyReplyTypeHasItsWordingInTheLetter() {
        assertThat(ReplyLetterPdf.TYPE_NAMES).containsOnlyKeys(ReplyType.values());
    }
}

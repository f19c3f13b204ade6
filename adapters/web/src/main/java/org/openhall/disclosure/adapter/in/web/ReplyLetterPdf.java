package org.openhall.disclosure.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openhall.disclosure.application.port.in.ReplyLetterView;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.shared.adapter.in.web.pdf.ChineseDates;
import org.openhall.shared.adapter.in.web.pdf.PdfFonts;

/**
 * Prints a reply letter (政府信息公开申请答复书) as PDF: who answers whom about which request, the
 * day of receipt, the reply with what its type requires, the day of the reply and the remedies.
 * The fonts are the shared {@link PdfFonts}: the shipped CJK font embedded as a subset, Helvetica
 * for ASCII.
 */
final class ReplyLetterPdf {

    static final Map<ReplyType, String> TYPE_NAMES = Map.of(
            ReplyType.ALREADY_PUBLIC, "已主动公开（第三十六条第一项）",
            ReplyType.DISCLOSED, "予以公开（第三十六条第二项）",
            ReplyType.PARTIALLY_DISCLOSED, "部分公开（第三十七条）",
            ReplyType.NOT_DISCLOSED, "不予公开（第三十六条第三项）",
            ReplyType.DOES_NOT_EXIST, "信息不存在（第三十六条第四项）",
            ReplyType.NOT_THIS_AGENCY, "不属于本机关负责公开（第三十六条第五项）",
            ReplyType.REPEAT_REQUEST, "重复申请，不予重复处理（第三十六条第六项）",
            ReplyType.SPECIAL_PROCEDURE, "依照有关法律、行政法规的规定办理（第三十六条第七项）",
            ReplyType.EXCESSIVE, "申请明显超过合理范围（第三十五条）");

    private static final float MARGIN = 64;
    private static final float SIZE = 12;
    private static final float LEADING = 20;

    byte[] render(ReplyLetterView letter) {
        List<String> paragraphs = paragraphs(letter);
        try (PDDocument document = new PDDocument()) {
            PdfFonts font = PdfFonts.embedIn(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float y = page.getMediaBox().getHeight() - MARGIN;
            PDPageContentStream text = new PDPageContentStream(document, page);
            try {
                text.beginText();
                text.newLineAtOffset(MARGIN, y);
                font.show(text, "政府信息公开申请答复书", 18);
                text.setLeading(LEADING);
                text.newLine();
                text.newLine();
                y -= 2 * LEADING;
                for (String paragraph : paragraphs) {
                    for (String line : font.wrap(paragraph, SIZE, width)) {
                        if (y < MARGIN + LEADING) {
                            text.endText();
                            text.close();
                            page = new PDPage(PDRectangle.A4);
                            document.addPage(page);
                            y = page.getMediaBox().getHeight() - MARGIN;
                            text = new PDPageContentStream(document, page);
                            text.beginText();
                            text.setLeading(LEADING);
                            text.newLineAtOffset(MARGIN, y);
                        }
                        font.show(text, line, SIZE);
                        text.newLine();
                        y -= LEADING;
                    }
                }
                text.endText();
            } finally {
                text.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The reply letter could not be written", e);
        }
    }

    static List<String> paragraphs(ReplyLetterView l) {
        ReplyContent r = l.reply();
        List<String> p = new ArrayList<>();
        p.add("申请编号：" + l.number());
        p.add(l.requesterName() + "：");
        String received = "本机关于" + day(l.receivedOn()) + "收到您（单位）提出的政府信息公开申请"
                + (l.correctedOn() == null ? "" : "，并于" + day(l.correctedOn()) + "收到补正后的申请")
                + "，申请获取：" + l.description() + "。";
        p.add(received);
        if (l.extensionDays() > 0) {
            p.add("经政府信息公开工作机构负责人同意，答复期限已延长" + l.extensionDays() + "个工作日。");
        }
        p.add("答复类型：" + TYPE_NAMES.get(r.type()));
        add(p, "获取方式和途径：", r.whereToFind());
        if (r.delivery() != null) {
            p.add(switch (r.delivery()) {
                case PROVIDED -> "所申请的政府信息随本答复书提供。";
                case BY_ARRANGEMENT -> "获取的方式、途径和时间：" + r.arrangement();
            });
        }
        add(p, "不予公开的理由：", r.reasons());
        add(p, "依据：", r.legalBasis());
        add(p, "负责公开该信息的行政机关：", r.competentAgency());
        add(p, "联系方式：", r.competentAgencyContact());
        add(p, "此前已答复的申请：", r.earlierReply());
        add(p, "请依照以下规定办理：", r.specialProcedure());
        if (r.deferredUntil() != null) {
            p.add("本机关将于" + day(r.deferredUntil()) + "前答复。");
        }
        p.add(l.remedies());
        p.add(l.agencyName());
        p.add(day(l.repliedOn()));
        return p;
    }

    private static void add(List<String> paragraphs, String label, String value) {
        if (value != null) {
            paragraphs.add(label + value);
        }
    }

    static String day(LocalDate date) {
        return ChineseDates.of(date);
    }
}

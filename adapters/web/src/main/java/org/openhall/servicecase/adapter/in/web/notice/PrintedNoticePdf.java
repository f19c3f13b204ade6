package org.openhall.servicecase.adapter.in.web.notice;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openhall.shared.adapter.in.web.pdf.ChineseDates;
import org.openhall.shared.adapter.in.web.pdf.PdfFonts;

import com.google.zxing.common.BitMatrix;

/**
 * Lays out any {@link PrintedNotice} on A4: the centre and the title at the head with the QR code
 * of the tracking page beside them, the case number, the labelled facts, the body, the legal basis,
 * the remedies where due, and the issuing department with the date at the foot. Long notices run
 * on to further pages.
 */
public final class PrintedNoticePdf {

    private static final float MARGIN = 64;
    private static final float QR_SIZE = 84;
    private static final float SIZE = 12;
    private static final float SMALL = 9;
    private static final float LEADING = 20;
    private static final float INDENT = 24;

    public byte[] render(PrintedNotice notice) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embedIn(document);
            Pages pages = new Pages(document, fonts);
            head(pages, notice);
            pages.line("编号：" + notice.caseNumber(), SIZE, 0);
            pages.gap(LEADING / 2);
            for (PrintedNotice.Field field : notice.fields()) {
                pages.paragraph(field.label() + "：" + field.value(), SIZE, 0);
            }
            pages.gap(LEADING / 2);
            for (int i = 0; i < notice.paragraphs().size(); i++) {
                // The salutation (张*：) stands flush left; every paragraph after it is indented.
                pages.paragraph(notice.paragraphs().get(i), SIZE, i == 0 ? 0 : INDENT);
            }
            for (String remedy : notice.remedies()) {
                pages.paragraph(remedy, SIZE, INDENT);
            }
            if (!notice.legalBasis().isEmpty()) {
                pages.gap(LEADING / 2);
                pages.line("法律依据：", SIZE, 0);
                for (String basis : notice.legalBasis()) {
                    pages.paragraph(basis, SIZE, INDENT);
                }
            }
            pages.gap(LEADING);
            pages.right(notice.issuer(), SIZE);
            pages.right(ChineseDates.of(notice.issuedOn()), SIZE);
            pages.gap(LEADING);
            pages.paragraph("办件进度查询：" + notice.trackingUrl(), SMALL, 0);
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The notice could not be written", e);
        }
    }

    /** Centre name and title, centred between the margins and clear of the QR code at the right. */
    private static void head(Pages pages, PrintedNotice notice) throws IOException {
        float top = pages.height() - MARGIN;
        pages.qr(QrCodes.encode(notice.trackingUrl()), pages.width() - MARGIN - QR_SIZE, top - QR_SIZE, QR_SIZE);
        pages.text(notice.centreName(), 14, centred(pages, notice.centreName(), 14), top - 18);
        pages.text(notice.title(), 22, centred(pages, notice.title(), 22), top - 52);
        String caption = "扫码查询办件进度";
        pages.text(caption, SMALL, pages.width() - MARGIN - QR_SIZE + (QR_SIZE - pages.fonts.width(caption, SMALL)) / 2,
                top - QR_SIZE - 12);
        pages.y = top - QR_SIZE - 12 - LEADING;
    }

    private static float centred(Pages pages, String text, float size) throws IOException {
        return (pages.width() - pages.fonts.width(text, size)) / 2;
    }

    /** The pages written so far and the position on the last one. */
    private static final class Pages {

        private final PDDocument document;
        private final PdfFonts fonts;
        private PDPageContentStream content;
        private PDPage page;
        private float y;

        Pages(PDDocument document, PdfFonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        float width() {
            return page.getMediaBox().getWidth();
        }

        float height() {
            return page.getMediaBox().getHeight();
        }

        void paragraph(String text, float size, float indent) throws IOException {
            float usable = width() - 2 * MARGIN;
            // The first line is indented; the wrap is computed for that narrower first line.
            var lines = fonts.wrap(text, size, usable - indent);
            line(lines.getFirst(), size, indent);
            String rest = String.join("", lines.subList(1, lines.size()));
            if (!rest.isEmpty()) {
                for (String line : fonts.wrap(rest, size, usable)) {
                    line(line, size, 0);
                }
            }
        }

        void line(String text, float size, float indent) throws IOException {
            float leading = size >= SIZE ? LEADING : size * 1.5f;
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            text(text, size, MARGIN + indent, y);
        }

        void right(String text, float size) throws IOException {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            y -= LEADING;
            text(text, size, width() - MARGIN - fonts.width(text, size), y);
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size, float x, float atY) throws IOException {
            if (text == null || text.isEmpty()) {
                return;
            }
            content.beginText();
            content.newLineAtOffset(x, atY);
            fonts.show(content, text, size);
            content.endText();
        }

        void qr(BitMatrix matrix, float x, float yBottom, float size) throws IOException {
            float module = size / matrix.getWidth();
            content.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        // PDF's y axis points up, the matrix's rows run down.
                        content.addRect(x + col * module, yBottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = height() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
